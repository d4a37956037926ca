/**
 * `npm run bench`: builds the site and a bare two-locale Starlight site, serves
 * both on loopback, and measures in Chromium and Lighthouse what users feel:
 * page weight, Lighthouse scores, search latency, build time, and how all of it
 * grows with 1,000 and 10,000 synthetic entries. Search quality (hit@1 and hit@3
 * over the search-quality suite) is measured on the built index from Node. Prints a table, writes
 * bench/results.json and exits non-zero naming every budget it misses.
 *
 * Options: --no-lighthouse, --no-scaling (quicker runs while iterating);
 * --mobile-runs=N runs Lighthouse's mobile audit N times per page (default 3) and
 * holds the budget against the worst run (a run whose first paint the browser held back is
 * run again: lib/held-paint.ts); --typing-delay=MS sets the pause between the
 * keystrokes of a timed search (default 100 ms, a fast typist; 0 sends them back to back).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { getSite, tables } from '../src/tables/registry.ts';
import type { TableId } from '../src/tables/types.ts';
import { launchChromium } from '../tests/support/browser.ts';
import { resolveChromium } from '../tests/support/chromium.ts';
import { startStaticServer } from '../tests/support/static-server.ts';
import { buildSite, type BuildResult } from './lib/build.ts';
import { phases } from './lib/search-timing.ts';
import {
  defaultTypingDelayMs,
  pageWeight,
  searchLatency,
  type SearchLatency,
  type Weight,
} from './lib/browser.ts';
import { searchQuerySuite } from '../tests/fixtures/search-queries.ts';
import { loadSearch } from '../tests/support/pagefind-node.ts';
import { readerSearch } from '../tests/support/reader-search.ts';
import {
  missTable,
  runQueries,
  summarize as summarizeQuality,
  withinRank,
  type QualitySummary,
} from '../tests/support/search-quality.ts';
import { withLighthouse, type LighthouseResult } from './lib/lighthouse.ts';
import {
  atLeast,
  atMost,
  firstLoadLimit,
  linearGrowth,
  ratio,
  worstOf,
  type BudgetResult,
  type Summary,
} from './lib/stats.ts';
import { baselineQueries, searchQueries, syntheticQueries } from './queries.ts';
import { scalingProject } from './lib/scaling-project.ts';
import { syntheticJsonErrors } from './lib/synthetic.ts';

const args = new Set(process.argv.slice(2));
const mobileRuns = Number(
  process.argv.find((a) => a.startsWith('--mobile-runs='))?.slice('--mobile-runs='.length) ?? 3,
);
const typingDelayMs = Number(
  process.argv.find((a) => a.startsWith('--typing-delay='))?.slice('--typing-delay='.length) ??
    defaultTypingDelayMs,
);
const work = resolve('bench/.work');
/** The budgets of search latency, last keystroke → correct result, in both languages. */
const searchBudget = { warmP95: 50, coldP95: 300 };
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

interface PageSpec {
  readonly name: string;
  readonly path: string;
  /** The table the page shows, for the first-load budget (none for the home page). */
  readonly table?: TableId;
  readonly locale: 'en' | 'es';
  readonly query: string;
}

const ourPages: PageSpec[] = [
  { name: 'home', path: '/', locale: 'en', query: '4004' },
  {
    name: 'gRPC',
    path: '/grpc/status-codes/',
    table: 'grpc/status-codes',
    locale: 'en',
    query: 'UNAVAILABLE',
  },
  { name: 'HTTP', path: '/http/status-codes/', table: 'http/status-codes', locale: 'en', query: '429' },
  {
    name: 'JSON errors (largest)',
    path: '/discord/json-error-codes/',
    table: 'discord/json-error-codes',
    locale: 'en',
    query: '50035',
  },
  {
    name: 'Spanish close codes',
    path: '/es/discord/gateway-close-codes/',
    table: 'discord/gateway-close-codes',
    locale: 'es',
    query: '4014',
  },
];
const baselinePage = { name: 'bare Starlight page', path: '/reference/', query: 'section' };

/**
 * The gzip size of the text a table page exists to show, in the page's language:
 * its prose, and each entry's code, name, description, notes and facts (as exported).
 */
function entriesTextGzip(table: TableId, locale: 'en' | 'es'): number {
  const site = getSite();
  const t = site.table(table);
  const strings = (value: unknown): string[] =>
    typeof value === 'string' || typeof value === 'number'
      ? [String(value)]
      : Array.isArray(value)
        ? value.flatMap(strings)
        : value && typeof value === 'object'
          ? 'en' in value && 'es' in value
            ? [[(value as Record<string, unknown>)[locale]].flat().join('\n')]
            : Object.values(value).flatMap(strings)
          : [];
  const entries = t.entries.map((e) =>
    [
      e.code,
      e.name,
      ...strings([e.description, ...(e.notes ?? []).map((n) => n.text)]),
      ...strings(t.export.facts(e, site)),
    ].join('\n'),
  );
  // The table's own prose (intro, sections, range titles) is content too.
  const prose = strings([t.meta.intro, t.meta.sections ?? [], (t.groups ?? []).map((g) => g.title)]);
  return gzipSync([...prose, ...entries].join('\n')).length;
}

/** Lighthouse's scores and timings of one run, or the worst of several. */
type LighthouseFigures = Omit<LighthouseResult, 'observed' | 'setAsideHeldPaint' | 'benchmarkIndex'>;

/** The worst of several Lighthouse runs (lowest scores, highest times). */
const worstRun = (runs: readonly LighthouseResult[]): LighthouseFigures =>
  worstOf(
    runs.map(
      ({ observed: _observed, setAsideHeldPaint: _setAside, benchmarkIndex: _index, ...figures }) => figures,
    ),
    ['performance', 'accessibility', 'bestPractices', 'seo'],
  );

async function main(): Promise<void> {
  // Before the builds: a machine without a browser stops (or installs it) at once.
  const chromiumPath = resolveChromium();
  // The machine is shared: its load at the start and the end goes into the report.
  const loadAtStart = loadavg();
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const budgets: BudgetResult[] = [];
  const results: Record<string, unknown> = {};

  // ── Build ────────────────────────────────────────────────────────────────
  console.log('Building the site and the bare Starlight baseline…');
  const oursBuild = buildSite('.', join(work, 'site'));
  const baseBuild = buildSite('bench/baseline', join(work, 'baseline'));
  results['build'] = { ours: oursBuild, baseline: baseBuild, ratio: ratio(oursBuild.ms, baseBuild.ms) };

  // ── Search quality ───────────────────────────────────────────────────────
  // From Node on the built site, with the UI's ranking settings: the same results the
  // search dialog shows (what the paste parser recognizes, then Pagefind's results),
  // without a browser's timing noise.
  console.log('Measuring search quality (the search-quality suite, Node-side Pagefind and paste parser)…');
  const quality: Record<string, QualitySummary & { missed: string }> = {};
  for (const locale of ['en', 'es'] as const) {
    const site = join(work, 'site');
    const outcomes = await runQueries(
      readerSearch(await loadSearch(locale, site), locale, site),
      locale,
      searchQuerySuite[locale],
    );
    quality[locale] = { ...summarizeQuality(outcomes), missed: missTable(outcomes) };
    const missed = outcomes.filter((o) => !withinRank(o)).length;
    budgets.push(atMost(`search-quality queries outside their rank limit (${locale})`, missed, 0));
  }
  results['searchQuality'] = quality;

  const ours = await startStaticServer(join(work, 'site'));
  const base = await startStaticServer(join(work, 'baseline'));
  const browser = await launchChromium(chromiumPath);
  try {
    // ── Page weight ────────────────────────────────────────────────────────
    console.log('Measuring page weight…');
    const baseWeight = await pageWeight(browser, base.url + baselinePage.path, baselinePage.query);
    const weights: Record<string, { firstLoad: Weight; search: Weight; ratioFirstLoadGzip: number | null }> =
      {};
    for (const p of ourPages) {
      const w = await pageWeight(browser, ours.url + p.path, p.query);
      weights[p.name] = { ...w, ratioFirstLoadGzip: ratio(w.firstLoad.gzip, baseWeight.firstLoad.gzip) };
      if (p.table) {
        const limit = firstLoadLimit(baseWeight.firstLoad.gzip, entriesTextGzip(p.table, p.locale));
        budgets.push(atMost(`first load of ${p.name} (gzip bytes)`, w.firstLoad.gzip, limit));
      }
    }
    results['weight'] = { baseline: baseWeight, ours: weights };

    // ── Search latency ─────────────────────────────────────────────────────
    console.log('Measuring search latency (cold and warm, 25 queries per language)…');
    const search: Record<string, SearchLatency> = {};
    for (const locale of ['en', 'es'] as const) {
      search[locale] = await searchLatency(
        browser,
        `${ours.url}${locale === 'es' ? '/es/' : '/'}`,
        searchQueries(locale),
        typingDelayMs,
      );
      const s = search[locale]!;
      budgets.push(
        atMost(`search warm p95 (${locale})`, Math.round(s.warm.p95), searchBudget.warmP95, ' ms'),
      );
      budgets.push(
        atMost(`search cold p95 (${locale})`, Math.round(s.cold.p95), searchBudget.coldP95, ' ms'),
      );
      budgets.push(atMost(`search queries without a correct result (${locale})`, s.failures.length, 0));
    }
    search['baseline'] = await searchLatency(browser, `${base.url}/`, baselineQueries, typingDelayMs);
    results['search'] = search;

    // ── Lighthouse ─────────────────────────────────────────────────────────
    if (!args.has('--no-lighthouse')) {
      console.log(`Running Lighthouse (desktop once, mobile ${mobileRuns} times per page)…`);
      const lh: Record<string, LighthousePage> = {};
      await withLighthouse(chromiumPath, async (audit) => {
        for (const p of [
          ...ourPages.map((x) => ({ name: x.name, url: ours.url + x.path })),
          { name: baselinePage.name, url: base.url + baselinePage.path },
        ]) {
          const desktop = await audit(p.url, 'desktop');
          const mobileAll: LighthouseResult[] = [];
          for (let i = 0; i < mobileRuns; i++) mobileAll.push(await audit(p.url, 'mobile'));
          lh[p.name] = { desktop, mobile: worstRun(mobileAll), mobileRuns: mobileAll };
        }
      });
      for (const p of ourPages) {
        for (const preset of ['desktop', 'mobile'] as const) {
          // Mobile: the worst of its runs.
          const r = lh[p.name]![preset];
          for (const [category, score] of Object.entries({
            performance: r.performance,
            accessibility: r.accessibility,
            'best practices': r.bestPractices,
            SEO: r.seo,
          })) {
            budgets.push(atLeast(`Lighthouse ${category}, ${p.name}, ${preset}`, score, 100));
          }
        }
      }
      results['lighthouse'] = lh;
    }
  } finally {
    await browser.close();
    await ours.close();
    await base.close();
  }

  // ── Scaling ──────────────────────────────────────────────────────────────
  if (!args.has('--no-scaling')) {
    console.log('Scaling: building with 1,000 and 10,000 synthetic JSON error codes…');
    const scaling: Record<string, unknown>[] = [];
    const scaleBrowser = await launchChromium(chromiumPath);
    try {
      for (const count of [1_000, 10_000]) {
        const root = scalingProject(join(work, `project-${count}`), syntheticJsonErrors(count));
        const out = join(work, `site-${count}`);
        const build = buildSite(root, out);
        const server = await startStaticServer(out);
        try {
          const w = await pageWeight(
            scaleBrowser,
            `${server.url}/discord/json-error-codes/`,
            String(syntheticJsonErrors(count)[count - 1]!.code),
          );
          const picks = syntheticJsonErrors(count)
            .filter((_, i) => i % Math.floor(count / 10) === 0)
            .map((e) => e.code);
          const latency = await searchLatency(
            scaleBrowser,
            `${server.url}/`,
            syntheticQueries(picks),
            typingDelayMs,
          );
          // What the layout costs a phone at this size (not a budget: one page per table has a limit).
          const mobile = args.has('--no-lighthouse')
            ? null
            : await withLighthouse(chromiumPath, (audit) =>
                audit(`${server.url}/discord/json-error-codes/`, 'mobile'),
              );
          scaling.push({
            entries: count,
            build,
            page: w.firstLoad.byKind.html,
            firstLoadGzip: w.firstLoad.gzip,
            mobile,
            search: { warm: latency.warm, cold: latency.cold, failures: latency.failures },
          });
        } finally {
          await server.close();
        }
      }
    } finally {
      await scaleBrowser.close();
    }
    const [small, big] = scaling as { entries: number; build: { ms: number } }[];
    budgets.push(
      linearGrowth(
        'build time grows at most linearly (1,000 → 10,000 entries)',
        { entries: small!.entries, ms: small!.build.ms },
        { entries: big!.entries, ms: big!.build.ms },
      ),
    );
    results['scaling'] = {
      real: {
        entries: tables.find((t) => t.id === 'discord/json-error-codes')!.entries.length,
        build: oursBuild,
      },
      synthetic: scaling,
    };
  }

  // ── Report ───────────────────────────────────────────────────────────────
  const browserVersion = await launchChromium(chromiumPath).then(async (b) => {
    const v = b.version();
    await b.close();
    return v;
  });
  const machine = {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium: browserVersion,
    // 1-, 5- and 15-minute load averages: above the number of cores, other work competed.
    loadAverage: {
      start: loadAtStart.map((l) => Math.round(l * 10) / 10),
      end: loadavg().map((l) => Math.round(l * 10) / 10),
    },
  };
  const report = { date: new Date().toISOString(), machine, typingDelayMs, budgets, results };
  writeFileSync('bench/results.json', JSON.stringify(report, null, 2) + '\n');
  printReport(report as unknown as Parameters<typeof printReport>[0]);

  const missed = budgets.filter((b) => !b.ok);
  if (missed.length > 0) {
    console.error(`\n${missed.length} budget(s) missed:`);
    for (const b of missed) console.error(`  ✗ ${b.name}: ${b.detail}`);
    process.exitCode = 1;
  } else {
    console.log('\nAll budgets met.');
  }
}

/** A page's Lighthouse results: desktop once; mobile as the worst of its runs, and every run. */
interface LighthousePage {
  readonly desktop: LighthouseResult;
  /** The worst of the mobile runs. */
  readonly mobile: LighthouseFigures;
  readonly mobileRuns: readonly LighthouseResult[];
}

/** The shape of results.json's `results`, as main() fills it. */
interface Results {
  build: { ours: BuildResult; baseline: BuildResult; ratio: number | null };
  weight: {
    baseline: { firstLoad: Weight; search: Weight };
    ours: Record<string, { firstLoad: Weight; search: Weight; ratioFirstLoadGzip: number | null }>;
  };
  search: Record<string, SearchLatency>;
  searchQuality: Record<string, QualitySummary & { missed: string }>;
  lighthouse?: Record<string, LighthousePage>;
  scaling?: {
    real: { entries: number; build: BuildResult };
    synthetic: {
      entries: number;
      build: BuildResult;
      page: { decoded: number; gzip: number };
      firstLoadGzip: number;
      mobile: LighthouseResult | null;
      search: { warm: Summary; cold: Summary; failures: string[] };
    }[];
  };
}

function printReport(report: {
  machine: Record<string, unknown>;
  typingDelayMs: number;
  budgets: BudgetResult[];
  results: Results;
}): void {
  const { results: r } = report;
  console.log(`\nMachine: ${JSON.stringify(report.machine)}`);
  console.log(
    `\nBuild: ours ${(r.build.ours.ms / 1000).toFixed(1)} s, dist ${kb(r.build.ours.distBytes)}, index ${kb(r.build.ours.indexBytes)}; bare Starlight ${(r.build.baseline.ms / 1000).toFixed(1)} s (ratio ${r.build.ratio})`,
  );
  console.log(
    `  index per language: ${Object.entries(r.build.ours.indexBytesByLanguage)
      .map(([l, b]) => `${l} ${kb(b)}`)
      .join(', ')}`,
  );
  console.log('\nSearch quality (search-quality suite, Node-side Pagefind):');
  for (const [locale, q] of Object.entries(r.searchQuality)) {
    const paste = q.byKind.paste;
    console.log(
      `  ${locale}: ${q.queries} queries, hit@1 ${q.hit1.toFixed(3)}, hit@3 ${q.hit3.toFixed(3)}, ${q.misses} outside their rank limit` +
        (paste ? ` (pasted lines: ${paste.queries}, hit@1 ${paste.hit1.toFixed(3)})` : ''),
    );
    if (q.missed) console.log(q.missed.replace(/^/gm, '    '));
  }
  console.log('\nPage weight at first load (and what one search adds):');
  const bw = r.weight.baseline;
  console.log(
    `  ${'bare Starlight page'.padEnd(24)} ${String(bw.firstLoad.requests).padStart(3)} req  ${kb(bw.firstLoad.decoded).padStart(10)} decoded  ${kb(bw.firstLoad.gzip).padStart(9)} gzip  ${kb(bw.firstLoad.brotli).padStart(9)} br   +search ${kb(bw.search.gzip)} gzip`,
  );
  for (const [name, w] of Object.entries(
    r.weight.ours as Record<string, { firstLoad: Weight; search: Weight; ratioFirstLoadGzip: number }>,
  )) {
    const f = w.firstLoad;
    console.log(
      `  ${name.padEnd(24)} ${String(f.requests).padStart(3)} req  ${kb(f.decoded).padStart(10)} decoded  ${kb(f.gzip).padStart(9)} gzip  ${kb(f.brotli).padStart(9)} br   +search ${kb(w.search.gzip)} gzip   ×${w.ratioFirstLoadGzip} of bare (HTML ${kb(f.byKind.html.gzip)}, CSS ${kb(f.byKind.css.gzip)}, JS ${kb(f.byKind.js.gzip)}, other ${kb(f.byKind.other.gzip)} gzip)`,
    );
  }
  console.log(
    `\nSearch latency, last keystroke → first correct result (ms; typed ${report.typingDelayMs} ms per key):`,
  );
  for (const [name, s] of Object.entries(r.search)) {
    console.log(
      `  ${name.padEnd(9)} warm p50 ${s.warm.p50.toFixed(0).padStart(4)}  p95 ${s.warm.p95.toFixed(0).padStart(4)}   cold p50 ${s.cold.p50.toFixed(0).padStart(4)}  p95 ${s.cold.p95.toFixed(0).padStart(4)}   (${s.warm.n} queries)`,
    );
  }
  console.log('\nWhere the search time goes (median ms per phase: UI → engine → fragment → render):');
  for (const [name, s] of Object.entries(r.search)) {
    for (const when of ['warm', 'cold'] as const) {
      const p = s.phases[when];
      if (p.n === 0) continue;
      console.log(
        `  ${name.padEnd(9)} ${when}  UI ${p.ui}  engine ${p.engine}  fragment ${p.fragment}  render ${p.render}   (${p.n} queries)`,
      );
    }
  }
  console.log('\nThe slowest queries (ms, and their phases where known):');
  for (const [name, s] of Object.entries(r.search)) {
    for (const when of ['warm', 'cold'] as const) {
      const list = s.slowest[when].map(
        (q) =>
          `"${q.term}" ${q.ms}${q.phases ? ` (${phases.map((p) => `${p} ${Math.round(q.phases![p])}`).join(', ')})` : ''}`,
      );
      console.log(`  ${name.padEnd(9)} ${when}  ${list.join('; ')}`);
    }
  }
  if (r.lighthouse) {
    console.log(
      "\nLighthouse (perf / a11y / best practices / SEO; FCP, speed index, LCP, TBT in ms, CLS); mobile: the worst run, then each run with the machine's speed as Lighthouse's benchmark index measures it (higher is faster)",
    );
    const line = (x: LighthouseFigures | LighthouseResult) =>
      `${x.performance}/${x.accessibility}/${x.bestPractices}/${x.seo}  FCP ${x.fcpMs}  SI ${x.speedIndexMs}  LCP ${x.lcpMs}  TBT ${x.tbtMs}  CLS ${x.cls}` +
      ('benchmarkIndex' in x ? `  (machine index ${x.benchmarkIndex})` : '') +
      ('setAsideHeldPaint' in x && x.setAsideHeldPaint > 0
        ? `  (after ${x.setAsideHeldPaint} run${x.setAsideHeldPaint > 1 ? 's' : ''} set aside: first paint held by the browser)`
        : '');
    for (const [name, page] of Object.entries(r.lighthouse)) {
      console.log(`  ${name.padEnd(24)} desktop  ${line(page.desktop)}`);
      console.log(`  ${name.padEnd(24)} mobile   ${line(page.mobile)}`);
      for (const run of page.mobileRuns) console.log(`  ${''.padEnd(24)}   run    ${line(run)}`);
    }
  }
  if (r.scaling) {
    console.log('\nScaling (Discord JSON error codes page):');
    console.log(
      `  real ${r.scaling.real.entries} entries: build ${(r.scaling.real.build.ms / 1000).toFixed(1)} s, index ${kb(r.scaling.real.build.indexBytes)}`,
    );
    for (const s of r.scaling.synthetic) {
      console.log(
        `  ${String(s.entries).padStart(6)} entries: build ${(s.build.ms / 1000).toFixed(1)} s, index ${kb(s.build.indexBytes)}, page HTML ${kb(s.page.decoded)} (${kb(s.page.gzip)} gzip), first load ${kb(s.firstLoadGzip)} gzip, search warm p95 ${s.search.warm.p95.toFixed(0)} ms, cold p95 ${s.search.cold.p95.toFixed(0)} ms` +
          (s.mobile
            ? `, mobile Lighthouse ${s.mobile.performance} (TBT ${s.mobile.tbtMs} ms, LCP ${s.mobile.lcpMs} ms)`
            : ''),
      );
    }
  }
  console.log('\nBudgets:');
  for (const b of report.budgets) console.log(`  ${b.ok ? '✓' : '✗'} ${b.name}: ${b.detail}`);
}

await main();
