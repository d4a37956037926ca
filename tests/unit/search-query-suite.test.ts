import { describe, expect, it } from 'vitest';
import { locales } from '../../src/lib/locales.ts';
import { searchRecords } from '../../src/lib/search-records.ts';
import { getSite } from '../../src/tables/registry.ts';
import { searchQuerySuite, type SearchQueryCase } from '../fixtures/search-queries.ts';
import {
  hitAt,
  missTable,
  summarize,
  unknownExpectations,
  type QueryOutcome,
} from '../support/search-quality.ts';

describe('the search-quality suite', () => {
  it.each(locales)('has at least 40 queries in %s', (locale) => {
    expect(searchQuerySuite[locale].length).toBeGreaterThanOrEqual(40);
  });

  it('words at least half of the Spanish queries in natural Spanish', () => {
    const es = searchQuerySuite.es;
    expect(es.filter((c) => c.kind === 'spanish').length * 2).toBeGreaterThanOrEqual(es.length);
    expect(searchQuerySuite.en.filter((c) => c.kind === 'spanish')).toEqual([]);
  });

  it('wants constants and pasted lines first, not among the first three', () => {
    const all = locales.flatMap((l) => searchQuerySuite[l]);
    expect(all.filter((c) => (c.kind === 'identifier' || c.kind === 'paste') && c.rank !== 1)).toEqual([]);
  });

  it('asks each query once per language', () => {
    for (const locale of locales) {
      const queries = searchQuerySuite[locale].map((c) => c.query);
      expect(
        queries.filter((q, i) => queries.indexOf(q) !== i),
        locale,
      ).toEqual([]);
    }
  });

  it('expects only entries that exist (a typo would otherwise read as a ranking failure)', () => {
    const urls = searchRecords(getSite())
      .filter((r) => r.language === 'en')
      .map((r) => r.url);
    const all = locales.flatMap((l) => searchQuerySuite[l]);
    expect(unknownExpectations(all, urls), 'no such entry: fix tests/fixtures/search-queries.ts').toEqual([]);
  });
});

describe('search-quality arithmetic', () => {
  const c = (query: string, rank: 1 | 3, kind: SearchQueryCase['kind'] = 'name'): SearchQueryCase => ({
    query,
    expect: `/t/#${query}`,
    rank,
    kind,
  });
  const outcomes: QueryOutcome[] = [
    { case: c('a', 1, 'identifier'), top: ['/t/#a'], position: 1 },
    { case: c('b', 3), top: ['/t/#x', '/t/#b'], position: 2 },
    { case: c('c', 1, 'identifier'), top: ['/t/#x', '/t/#c'], position: 2 },
    { case: c('d', 3), top: [], position: null },
  ];

  it('counts hit@1 and hit@3 over all queries, whatever their rank limit', () => {
    expect(hitAt(outcomes, 1)).toBe(0.25);
    expect(hitAt(outcomes, 3)).toBe(0.75);
    expect(summarize(outcomes)).toMatchObject({
      queries: 4,
      hit1: 0.25,
      hit3: 0.75,
      misses: 2,
      byKind: { identifier: { queries: 2, hit1: 0.5, hit3: 1 }, name: { queries: 2, hit1: 0, hit3: 0.5 } },
    });
  });

  it('lists each miss with what the query got', () => {
    const table = missTable(outcomes);
    expect(table.split('\n')).toHaveLength(4);
    expect(table).toContain('c (identifier)');
    expect(table).toMatch(/\/t\/#c in top 1 +│ #2 +│ \/t\/#x {2}\/t\/#c/);
    expect(table).toMatch(/d \(name\).*not in top 3.*\(no results\)/);
    expect(missTable(outcomes.slice(0, 2))).toBe('');
  });

  it('finds expectations that name no record', () => {
    expect(unknownExpectations([c('a', 1), c('b', 3), c('a', 3)], ['/t/#b'])).toEqual(['/t/#a']);
  });
});
