/**
 * Running the search-quality suite (tests/fixtures/search-queries.ts) against a
 * built index, and summing it up: shared by the site test, which asserts every
 * query, and the benchmark, which reports hit@1 and hit@3.
 */
import { localePrefix, type Locale } from '../../src/lib/locales.ts';
import type { QueryKind, SearchQueryCase } from '../fixtures/search-queries.ts';
import type { Search } from './pagefind-node.ts';

export interface QueryOutcome {
  readonly case: SearchQueryCase;
  /** The first three results, without the locale prefix. */
  readonly top: readonly string[];
  /** 1-based position of the expected entry among the first three; null when it is not there. */
  readonly position: number | null;
}

/** `/es/grpc/status-codes/#not-found` → `/grpc/status-codes/#not-found`. */
function withoutLocale(url: string, locale: Locale): string {
  const prefix = localePrefix(locale);
  return prefix && url.startsWith(`${prefix}/`) ? url.slice(prefix.length) : url;
}

export async function runQueries(
  search: Search,
  locale: Locale,
  cases: readonly SearchQueryCase[],
): Promise<QueryOutcome[]> {
  const outcomes: QueryOutcome[] = [];
  for (const c of cases) {
    const top = (await search(c.query, 3)).map((h) => withoutLocale(h.url, locale));
    const i = top.indexOf(c.expect);
    outcomes.push({ case: c, top, position: i === -1 ? null : i + 1 });
  }
  return outcomes;
}

/** Whether the expected entry is within the query's rank limit. */
export const withinRank = (o: QueryOutcome): boolean => o.position !== null && o.position <= o.case.rank;

/** The share of queries whose expected entry is among the first `k` results. */
export function hitAt(outcomes: readonly QueryOutcome[], k: 1 | 3): number {
  if (outcomes.length === 0) return Number.NaN;
  return outcomes.filter((o) => o.position !== null && o.position <= k).length / outcomes.length;
}

export interface QualitySummary {
  readonly queries: number;
  readonly hit1: number;
  readonly hit3: number;
  /** Queries outside their rank limit. */
  readonly misses: number;
  readonly byKind: Partial<Record<QueryKind, { queries: number; hit1: number; hit3: number }>>;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export function summarize(outcomes: readonly QueryOutcome[]): QualitySummary {
  const kinds = [...new Set(outcomes.map((o) => o.case.kind))];
  return {
    queries: outcomes.length,
    hit1: round(hitAt(outcomes, 1)),
    hit3: round(hitAt(outcomes, 3)),
    misses: outcomes.filter((o) => !withinRank(o)).length,
    byKind: Object.fromEntries(
      kinds.map((kind) => {
        const of = outcomes.filter((o) => o.case.kind === kind);
        return [kind, { queries: of.length, hit1: round(hitAt(of, 1)), hit3: round(hitAt(of, 3)) }];
      }),
    ),
  };
}

/** A plain-text table of the queries outside their rank limit, for a failing test's message. */
export function missTable(outcomes: readonly QueryOutcome[]): string {
  const rows = outcomes
    .filter((o) => !withinRank(o))
    .map((o) => [
      `${o.case.query} (${o.case.kind})`,
      `${o.case.expect} in top ${o.case.rank}`,
      o.position === null ? 'not in top 3' : `#${o.position}`,
      o.top.length === 0 ? '(no results)' : o.top.join('  '),
    ]);
  if (rows.length === 0) return '';
  const header = ['query', 'expected', 'got at', 'top 3 results'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' │ ');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('─┼─'), ...rows.map(line)].join('\n');
}

/** Expected URLs that are not a search record: a typo in the suite, reported before any ranking. */
export function unknownExpectations(
  cases: readonly SearchQueryCase[],
  recordUrls: Iterable<string>,
): string[] {
  const known = new Set(recordUrls);
  return [...new Set(cases.map((c) => c.expect).filter((url) => !known.has(url)))];
}
