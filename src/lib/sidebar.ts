/**
 * Starlight's sidebar, built from the table registry so that a new table shows
 * up in both languages without editing the config. Group labels come from the
 * same `{ en, es }` texts as everything else.
 */
import type { Text } from '../schema/text.ts';
import type { SectionId, TableDefinition } from '../tables/types.ts';

const sectionLabels: Record<SectionId, Text> = {
  discord: { en: 'Discord', es: 'Discord' },
  grpc: { en: 'gRPC', es: 'gRPC' },
  http: { en: 'HTTP', es: 'HTTP' },
};

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
    label: sectionLabels[section].en,
    translations: { es: sectionLabels[section].es },
    items: tables
      .filter((t) => t.section === section)
      .map((t) => ({
        label: t.meta.title.en,
        translations: { es: t.meta.title.es },
        link: `/${t.id}/`,
      })),
  }));
}
