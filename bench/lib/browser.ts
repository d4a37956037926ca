/** Page weight and search latency, measured in Debian's Chromium on a loopback server. */
import type { Browser, Page, Response } from 'playwright-core';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import {
  breakdown,
  pagefindModulePath,
  phases,
  wrapperModule,
  type Phase,
  type SearchRecord,
} from './search-timing.ts';
import { summarize, type Summary } from './stats.ts';

export type ResourceKind = 'html' | 'css' | 'js' | 'other';

export interface Weight {
  readonly requests: number;
  readonly decoded: number;
  readonly gzip: number;
  readonly brotli: number;
  readonly byKind: Record<ResourceKind, { requests: number; decoded: number; gzip: number }>;
}

function kindOf(response: Response): ResourceKind {
  const type = response.request().resourceType();
  if (type === 'document') return 'html';
  if (type === 'stylesheet') return 'css';
  if (type === 'script') return 'js';
  return 'other';
}

/** Records every response from now on; `total()` sums them (decoded, gzip and brotli sizes). */
function recorder(page: Page): { total(): Promise<Weight> } {
  const bodies: Promise<{ kind: ResourceKind; body: Buffer } | null>[] = [];
  page.on('response', (r) => {
    if (r.status() >= 300 && r.status() < 400) return;
    bodies.push(
      r.body().then(
        (body) => ({ kind: kindOf(r), body }),
        () => null,
      ),
    );
  });
  return {
    async total() {
      const all = (await Promise.all(bodies)).filter((b) => b !== null);
      const byKind = { html: zero(), css: zero(), js: zero(), other: zero() };
      let decoded = 0;
      let gzip = 0;
      let brotli = 0;
      for (const { kind, body } of all) {
        const g = gzipSync(body).length;
        decoded += body.length;
        gzip += g;
        brotli += brotliCompressSync(body).length;
        byKind[kind].requests += 1;
        byKind[kind].decoded += body.length;
        byKind[kind].gzip += g;
      }
      return { requests: all.length, decoded, gzip, brotli, byKind };
    },
  };
}

const zero = () => ({ requests: 0, decoded: 0, gzip: 0 });

async function openSearchAndType(page: Page, term: string): Promise<void> {
  await page.waitForSelector('site-search button[data-open-modal]:not([disabled])');
  await page.click('site-search button[data-open-modal]');
  await page.locator('#starlight__search input.pagefind-ui__search-input').fill(term);
  await page.waitForSelector('#starlight__search .pagefind-ui__result-link');
}

/** Weight at first load (including what loads at idle) and what one search adds. */
export async function pageWeight(
  browser: Browser,
  url: string,
  query: string,
): Promise<{ firstLoad: Weight; search: Weight }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const first = recorder(page);
  await page.goto(url, { waitUntil: 'networkidle' });
  const firstLoad = await first.total();
  const more = recorder(page);
  await openSearchAndType(page, query);
  await page.waitForLoadState('networkidle');
  const search = await more.total();
  await context.close();
  return { firstLoad, search };
}

export interface SearchQuery {
  readonly term: string;
  /** The correct result: a URL (path and hash) the results must contain. */
  readonly expect: RegExp;
}

/**
 * The pause between keystrokes: a fast typist's (about 120 words a minute). Without it the
 * keys arrive a few milliseconds apart, no person types like that, and the time after the
 * last key measures the searches queued for the earlier ones (each takes the engine tens of
 * milliseconds) instead of the search for the query. BENCHMARKS.md gives both figures.
 */
export const defaultTypingDelayMs = 100;

/** One query's time, and its phases where the engine's timings say (see search-timing.ts). */
interface QueryTime {
  readonly term: string;
  readonly total: number;
  readonly phases: Record<Phase, number> | null;
}

/**
 * Time from the last keystroke (its `input` event) to the moment a correct result
 * is in the list, measured inside the page with a MutationObserver.
 */
async function timeQuery(page: Page, q: SearchQuery, typingDelayMs: number): Promise<QueryTime> {
  const input = page.locator('#starlight__search input.pagefind-ui__search-input');
  await input.fill('');
  await page.waitForFunction(
    () => document.querySelectorAll('#starlight__search .pagefind-ui__result-link').length === 0,
  );
  await page.evaluate((source) => {
    const pattern = new RegExp(source);
    const w = window as unknown as { __bench: { t0: number; t1: number } };
    w.__bench = { t0: 0, t1: 0 };
    const field = document.querySelector('#starlight__search input.pagefind-ui__search-input')!;
    // Only real keystrokes, not input events a script may dispatch; in the capture phase, before
    // the search UI's own listener (and the search it starts) runs.
    window.addEventListener(
      'input',
      (e) => {
        // Each key restarts the clock: what counts is the list shown after the last one
        // (an earlier prefix's results may already hold the correct entry).
        if (e.isTrusted && e.target === field) w.__bench = { t0: performance.now(), t1: 0 };
      },
      { capture: true },
    );
    const check = () => {
      if (w.__bench.t1) return;
      const links = [
        ...document.querySelectorAll<HTMLAnchorElement>('#starlight__search .pagefind-ui__result-link'),
      ];
      if (links.some((a) => pattern.test(a.getAttribute('href') ?? ''))) w.__bench.t1 = performance.now();
    };
    new MutationObserver(check).observe(document.querySelector('#starlight__search')!, {
      childList: true,
      subtree: true,
      attributes: true,
    });
  }, q.expect.source);
  await input.pressSequentially(q.term, { delay: typingDelayMs });
  await page.waitForFunction(() => (window as unknown as { __bench: { t1: number } }).__bench.t1 > 0, null, {
    timeout: 10_000,
    polling: 'raf',
  });
  const { t0, t1, records } = await page.evaluate(() => {
    const w = window as unknown as { __bench: { t0: number; t1: number }; __pagefindTimings?: unknown[] };
    return { ...w.__bench, records: (w.__pagefindTimings ?? []) as SearchRecord[] };
  });
  return { term: q.term, total: t1 - t0, phases: breakdown(t0, t1, q.term, q.expect, records) };
}

/** The result links on screen, for the report when a query found no correct result. */
async function shownResults(page: Page): Promise<string> {
  const hrefs = await page.$$eval('#starlight__search .pagefind-ui__result-link', (as) =>
    as.map((a) => a.getAttribute('href')),
  );
  return JSON.stringify(hrefs);
}

async function openSearch(page: Page): Promise<void> {
  await page.waitForSelector('site-search button[data-open-modal]:not([disabled])');
  await page.click('site-search button[data-open-modal]');
  await page.locator('#starlight__search input.pagefind-ui__search-input').waitFor();
}

/** The median of each phase over the queries that have one, and how many had. */
export type PhaseSummary = Record<Phase, number> & { readonly n: number };

function phaseMedians(times: readonly QueryTime[]): PhaseSummary {
  const known = times.flatMap((t) => (t.phases ? [t.phases] : []));
  const median = (phase: Phase) =>
    known.length ? Math.round(summarize(known.map((p) => p[phase])).p50 * 10) / 10 : Number.NaN;
  return {
    ...(Object.fromEntries(phases.map((p) => [p, median(p)])) as Record<Phase, number>),
    n: known.length,
  };
}

export interface SearchLatency {
  readonly cold: Summary;
  readonly warm: Summary;
  /** Where the time goes (medians per phase); only for a site whose engine is Pagefind's `pagefind.js`. */
  readonly phases: { readonly cold: PhaseSummary; readonly warm: PhaseSummary };
  /** The three slowest queries of each kind, slowest first: what the p95 is made of. */
  readonly slowest: { readonly cold: readonly SlowQuery[]; readonly warm: readonly SlowQuery[] };
  readonly failures: string[];
}

export interface SlowQuery {
  readonly term: string;
  readonly ms: number;
  readonly phases: Record<Phase, number> | null;
}

function slowest(times: readonly QueryTime[], n = 3): SlowQuery[] {
  return [...times]
    .sort((a, b) => b.total - a.total)
    .slice(0, n)
    .map((t) => ({ term: t.term, ms: Math.round(t.total), phases: t.phases }));
}

/**
 * Cold: each query is the first after a fresh page load. Warm: all queries on one page after a warm-up.
 * Pagefind's module is served through a timing wrapper (search-timing.ts) for the phases.
 */
export async function searchLatency(
  browser: Browser,
  url: string,
  queries: readonly SearchQuery[],
  typingDelayMs: number = defaultTypingDelayMs,
): Promise<SearchLatency> {
  const cold: QueryTime[] = [];
  const warm: QueryTime[] = [];
  const failures: string[] = [];
  const context = await browser.newContext();
  await context.route(
    (u) => u.pathname.endsWith(pagefindModulePath) && u.search === '',
    (route) => route.fulfill({ contentType: 'text/javascript', body: wrapperModule }),
  );
  for (const q of queries) {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    await openSearch(page);
    try {
      cold.push(await timeQuery(page, q, typingDelayMs));
    } catch {
      failures.push(`cold "${q.term}": results were ${await shownResults(page)}`);
    }
    await page.close();
  }
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  await openSearch(page);
  await timeQuery(page, queries[0]!, typingDelayMs).catch(() => undefined);
  for (const q of queries) {
    try {
      warm.push(await timeQuery(page, q, typingDelayMs));
    } catch {
      failures.push(`warm "${q.term}": results were ${await shownResults(page)}`);
    }
  }
  await context.close();
  const totals = (times: QueryTime[]) => summarize(times.length ? times.map((t) => t.total) : [Number.NaN]);
  return {
    cold: totals(cold),
    warm: totals(warm),
    phases: { cold: phaseMedians(cold), warm: phaseMedians(warm) },
    slowest: { cold: slowest(cold), warm: slowest(warm) },
    failures,
  };
}
