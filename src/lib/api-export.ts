/**
 * The machine-readable export: /api/v1/index.json lists the tables and
 * /api/v1/<section>/<table>.json holds every entry, from the same data and the
 * same anchors as the pages.
 */
import { proseToMarkup } from './prose.ts';
import type { SiteIndex } from './site-index.ts';
import type { Prose } from '../schema/text.ts';
import { entryHref, tableHref } from './urls.ts';
import type { TableDefinition } from '../tables/types.ts';

export const apiVersion = 'v1';

export function apiPath(table: TableDefinition): string {
  return `/api/${apiVersion}/${table.id}.json`;
}

/** A text in the export's markup: paragraphs separated by a blank line, `backticks` for code. */
const markup = (p: Prose) => ({ en: proseToMarkup(p.en), es: proseToMarkup(p.es) });

export function exportTable(table: TableDefinition, site: SiteIndex, origin: URL) {
  const anchors = site.anchors(table.id);
  return {
    id: table.id,
    title: table.meta.title,
    url: new URL(tableHref('en', table.id), origin).href,
    sources: table.meta.sources,
    entries: table.entries.map((entry, i) => {
      const anchor = anchors[i]!;
      return {
        code: entry.code,
        name: entry.name,
        anchor: anchor.id,
        aliases: anchor.aliases,
        url: new URL(entryHref('en', { table: table.id, anchor: anchor.id }), origin).href,
        description: markup(entry.description),
        notes: (entry.notes ?? []).map((n) => ({ kind: n.kind, text: markup(n.text) })),
        ...table.exportFacts(entry, site),
      };
    }),
  };
}

export function exportIndex(site: SiteIndex, origin: URL) {
  return {
    version: apiVersion,
    tables: site.tables.map((t) => ({
      id: t.id,
      title: t.meta.title,
      entries: t.entries.length,
      url: new URL(tableHref('en', t.id), origin).href,
      json: new URL(apiPath(t), origin).href,
    })),
  };
}
