/**
 * Search as the reader meets it in the search dialog: first the entries the paste parser
 * recognizes in the query (the "Recognized:" list above the results,
 * src/scripts/search-paste.ts), then Pagefind's own results, without repeating an entry.
 * The search-quality suite and the benchmark measure this, so a pasted line counts as found
 * when it is the first link the reader sees.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { localePath, type Locale } from '../../src/lib/locales.ts';
import { recognize, type PasteIndex } from '../../src/lib/paste.ts';
import type { Search } from './pagefind-node.ts';

/** `search` (Pagefind on one language's index) behind the paste index of the same built site. */
export function readerSearch(search: Search, locale: Locale, siteDir = 'dist'): Search {
  const file = join(siteDir, localePath(locale, '/paste-index.json'));
  const index = JSON.parse(readFileSync(file, 'utf8')) as PasteIndex;
  return async (term, limit = 5) => {
    const recognized = recognize(term, index).map((c) => ({
      url: c.href,
      title: `${c.label} · ${c.tableTitle}`,
    }));
    const shown = new Set(recognized.map((hit) => hit.url));
    const results = recognized.length >= limit ? [] : await search(term, limit);
    return [...recognized, ...results.filter((hit) => !shown.has(hit.url))].slice(0, limit);
  };
}
