/**
 * The search-quality suite against the built site, in both languages, as the search dialog
 * answers (tests/support/reader-search.ts: what the paste parser recognizes, then Pagefind's
 * results): every query must bring its entry within its rank limit (the first result for
 * constants and pasted lines, the first three for words and names). A failure prints a table of
 * the misses with the results each query got.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { locales } from '../../src/lib/locales.ts';
import { searchQuerySuite } from '../fixtures/search-queries.ts';
import { loadSearch } from '../support/pagefind-node.ts';
import { readerSearch } from '../support/reader-search.ts';
import { missTable, runQueries, withinRank, type QueryOutcome } from '../support/search-quality.ts';

describe.each(locales)('search quality (%s)', (locale) => {
  let outcomes: QueryOutcome[];

  beforeAll(async () => {
    // What the dialog shows: entries recognized in a pasted line first, then Pagefind's results.
    const search = readerSearch(await loadSearch(locale), locale);
    outcomes = await runQueries(search, locale, searchQuerySuite[locale]);
  }, 60_000);

  it('brings every query’s entry within its rank limit', () => {
    const misses = outcomes.filter((o) => !withinRank(o));
    expect(misses.length, `queries outside their rank limit:\n${missTable(outcomes)}\n`).toBe(0);
  });
});
