/**
 * The benchmark's arithmetic, kept pure so a unit test can prove it
 * (tests/unit/bench-stats.test.ts): percentiles, ratios and budget checks.
 */

/** The p-th percentile (0–100) by linear interpolation between closest ranks. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of an empty list');
  if (p < 0 || p > 100) throw new Error(`percentile ${p} is outside 0–100`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

export interface Summary {
  readonly n: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
}

export function summarize(values: readonly number[]): Summary {
  return {
    n: values.length,
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    max: Math.max(...values),
  };
}

/** ours / baseline, rounded to two decimals; `null` when the baseline is zero. */
export function ratio(ours: number, baseline: number): number | null {
  return baseline === 0 ? null : Math.round((ours / baseline) * 100) / 100;
}

export interface BudgetResult {
  readonly name: string;
  readonly ok: boolean;
  /** What was measured and what was allowed, for the report. */
  readonly detail: string;
}

export function atMost(name: string, measured: number, limit: number, unit = ''): BudgetResult {
  return { name, ok: measured <= limit, detail: `${fmt(measured)}${unit} (limit ${fmt(limit)}${unit})` };
}

export function atLeast(name: string, measured: number, floor: number, unit = ''): BudgetResult {
  return { name, ok: measured >= floor, detail: `${fmt(measured)}${unit} (at least ${fmt(floor)}${unit})` };
}

/**
 * First-load budget of a reference page: at most `factor` × the bare Starlight
 * page's gzip bytes, plus the gzip bytes of the page's own entries' text.
 */
export function firstLoadLimit(baselineGzip: number, entriesTextGzip: number, factor = 1.25): number {
  return Math.round(baselineGzip * factor + entriesTextGzip);
}

/** Build time may grow at most linearly: time(big)/time(small) ≤ entries(big)/entries(small). */
export function linearGrowth(
  name: string,
  small: { entries: number; ms: number },
  big: { entries: number; ms: number },
): BudgetResult {
  const timeRatio = big.ms / small.ms;
  const entryRatio = big.entries / small.entries;
  return {
    name,
    ok: timeRatio <= entryRatio,
    detail: `${fmt(timeRatio)}× time for ${fmt(entryRatio)}× entries`,
  };
}

/**
 * The worst of several runs, field by field: the lowest of each score, the highest of each
 * time. Lighthouse's mobile figures move between runs on a shared machine; a budget holds
 * only if every run meets it.
 */
export function worstOf<T extends Record<string, number>>(
  runs: readonly T[],
  lowerIsWorse: readonly (keyof T)[],
): T {
  if (runs.length === 0) throw new Error('worstOf needs at least one run');
  const keys = Object.keys(runs[0]!) as (keyof T)[];
  return Object.fromEntries(
    keys.map((k) => {
      const values = runs.map((r) => r[k] as number);
      return [k, lowerIsWorse.includes(k) ? Math.min(...values) : Math.max(...values)];
    }),
  ) as T;
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}
