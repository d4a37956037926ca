/**
 * The data the paste parser (paste.ts) reads in the browser, built from the registry at
 * build time, one per language (`/paste-index.json`, `/es/paste-index.json`): every table
 * that declares `paste`, with its contexts, and each entry's code, anchor, title, names and
 * library identifiers. It loads only when someone types in a search box.
 */
import { entryTitle } from './entry-title.ts';
import type { SiteIndex } from './site-index.ts';
import { identifierTerms } from './identifiers.ts';
import type { Locale } from './locales.ts';
import type { PasteEntry, PasteIndex, PasteTable } from './paste.ts';
import { tableHref } from './urls.ts';
import type { EntryBase } from '../schema/entries.ts';
import type { TableDefinition } from '../tables/types.ts';

/** What the browser shows with the candidates, in the index's language. */
export interface PasteStrings {
  /** Before the list: "Recognized:". */
  readonly recognized: string;
}

export interface PasteData extends PasteIndex {
  readonly strings: PasteStrings;
}

function pasteEntry(
  site: SiteIndex,
  table: TableDefinition,
  entry: EntryBase,
  anchor: string,
  locale: Locale,
): PasteEntry {
  const title = entryTitle(entry, locale);
  const names = [
    entry.name,
    ...(entry.aliases?.former ?? []).map((f) => f.name),
    ...(table.search?.terms?.(entry) ?? []),
  ];
  const identifiers = identifierTerms(site.identifiers(table.id, entry));
  return {
    c: entry.code,
    ...(anchor === String(entry.code) ? {} : { a: anchor }),
    // The parser's default title is `<code> <name>`.
    ...(title === `${entry.code} ${entry.name}` ? {} : { t: title }),
    n: [...new Set(names)],
    ...(identifiers.length > 0 ? { i: identifiers } : {}),
    ...(table.search?.tier?.(entry) === 'secondary' ? { s: 1 as const } : {}),
  };
}

export function buildPasteIndex(site: SiteIndex, locale: Locale, strings: PasteStrings): PasteData {
  const tables = site.tables.flatMap((table): PasteTable[] => {
    const paste = table.paste;
    if (!paste) return [];
    return [
      {
        id: table.id,
        title: table.meta.title[locale],
        href: tableHref(locale, table.id),
        contexts: paste.contexts,
        ...(paste.tier === 'secondary' ? { secondary: true as const } : {}),
        entries: site
          .entries(table.id)
          .map(({ entry, anchor }) => pasteEntry(site, table, entry, anchor.id, locale)),
        ...(paste.ranges
          ? {
              ranges: paste.ranges.map((r) => ({
                from: r.from,
                to: r.to,
                a: r.anchor,
                t: `${r.from}–${r.to} ${r.title[locale]}`,
              })),
            }
          : {}),
      },
    ];
  });
  return { strings, tables };
}
