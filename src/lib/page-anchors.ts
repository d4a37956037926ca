/**
 * Every `#fragment` a table's page publishes, in page order: entries (with their
 * aliases), range groups, the headings and rows of its extra parts, and its prose
 * sections. The anchor contract (scripts/anchors.ts) lists them, and validate.ts
 * checks every link against them.
 */
import type { SiteIndex } from './site-index.ts';
import type { PagePart, TableDefinition } from '../tables/types.ts';

/** The heading id of a part that has its own heading (a table after the entries, a figure). */
export function partHeading(part: PagePart): { id: string; title: { en: string; es: string } } | undefined {
  if ('table' in part) return part.table.heading;
  if ('figure' in part) return part.figure.heading;
  return undefined;
}

/** The ids a part puts on the page: its heading, and its rows where they are link targets. */
export function partAnchors(part: PagePart): string[] {
  const heading = partHeading(part);
  const rows = 'table' in part ? part.table.rows.flatMap((r) => (r.id ? [r.id] : [])) : [];
  return [...(heading ? [heading.id] : []), ...rows];
}

export function pageAnchors(table: TableDefinition, site: SiteIndex): string[] {
  return [
    ...site.entries(table.id).flatMap(({ anchor }) => [anchor.id, ...anchor.aliases]),
    ...(table.groups ?? []).map((g) => g.id),
    ...(table.parts?.(site) ?? []).flatMap(partAnchors),
    ...(table.meta.sections ?? []).map((s) => s.id),
  ];
}
