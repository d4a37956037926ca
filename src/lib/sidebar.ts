/**
 * Starlight's sidebar, built from the registry's sections so that a new table
 * shows up in both languages without editing the config. Table labels are the
 * tables' own `{ en, es }` titles; the group labels are product names, the same in both.
 */
import type { Section } from '../tables/section.ts';

interface SidebarLink {
  label: string;
  translations: Record<string, string>;
  link: string;
}

interface SidebarGroup {
  label: string;
  translations: Record<string, string>;
  items: SidebarLink[];
}

export function buildSidebar(sections: readonly Section[]): SidebarGroup[] {
  return sections.map((section) => ({
    label: section.label,
    translations: {},
    items: section.tables.map((t) => ({
      label: t.meta.title.en,
      translations: { es: t.meta.title.es },
      link: `/${t.id}/`,
    })),
  }));
}
