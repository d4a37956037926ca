/**
 * Starlight's sidebar, built from the table registry so that a new table shows
 * up in both languages without editing the config. Table labels are the tables'
 * own `{ en, es }` titles; the group labels are product names, the same in both.
 */
import type { SectionId, TableDefinition } from '../tables/types.ts';

const sectionLabels: Record<SectionId, string> = { discord: 'Discord', grpc: 'gRPC', http: 'HTTP' };

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

export function buildSidebar(tables: readonly TableDefinition[]): SidebarGroup[] {
  const sections = [...new Set(tables.map((t) => t.section))];
  return sections.map((section) => ({
    label: sectionLabels[section],
    translations: {},
    items: tables
      .filter((t) => t.section === section)
      .map((t) => ({
        label: t.meta.title.en,
        translations: { es: t.meta.title.es },
        link: `/${t.id}/`,
      })),
  }));
}
