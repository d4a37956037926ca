import { describe, expect, it } from 'vitest';
import {
  atLeast,
  atMost,
  firstLoadLimit,
  linearGrowth,
  percentile,
  ratio,
  summarize,
  worstOf,
} from '../../bench/lib/stats.ts';
import { breakdown } from '../../bench/lib/search-timing.ts';

describe('benchmark arithmetic', () => {
  it('computes percentiles by interpolation, whatever the input order', () => {
    expect(percentile([3, 1, 2], 50)).toBe(2);
    expect(percentile([10, 20, 30, 40], 50)).toBe(25);
    expect(
      percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 100], 95),
    ).toBeCloseTo(23.05);
    expect(percentile([7], 95)).toBe(7);
    expect(() => percentile([], 50)).toThrow();
  });

  it('summarizes a series', () => {
    expect(summarize([5, 1, 3])).toEqual({ n: 3, p50: 3, p95: 4.8, max: 5 });
  });

  it('reports ratios ours/baseline', () => {
    expect(ratio(150, 100)).toBe(1.5);
    expect(ratio(1, 3)).toBe(0.33);
    expect(ratio(1, 0)).toBeNull();
  });

  it('fails a budget that is missed and passes one that is met', () => {
    expect(atMost('warm p95', 120, 100, ' ms')).toEqual({
      name: 'warm p95',
      ok: false,
      detail: '120 ms (limit 100 ms)',
    });
    expect(atMost('warm p95', 100, 100).ok).toBe(true);
    expect(atLeast('lighthouse', 99, 100).ok).toBe(false);
    expect(atLeast('lighthouse', 100, 100).ok).toBe(true);
  });

  it('allows a reference page 1.25× the bare page plus its own entries', () => {
    expect(firstLoadLimit(40_000, 10_000)).toBe(60_000);
  });

  it('accepts linear build-time growth and rejects worse', () => {
    expect(linearGrowth('build', { entries: 1_000, ms: 4_000 }, { entries: 10_000, ms: 30_000 }).ok).toBe(
      true,
    );
    expect(linearGrowth('build', { entries: 1_000, ms: 4_000 }, { entries: 10_000, ms: 41_000 }).ok).toBe(
      false,
    );
  });

  it('takes the worst of repeated runs: the lowest score, the highest time', () => {
    const runs = [
      { performance: 100, tbtMs: 20, lcpMs: 900 },
      { performance: 97, tbtMs: 140, lcpMs: 850 },
      { performance: 99, tbtMs: 60, lcpMs: 1200 },
    ];
    expect(worstOf(runs, ['performance'])).toEqual({ performance: 97, tbtMs: 140, lcpMs: 1200 });
    expect(() => worstOf([], [])).toThrow();
  });

  it('splits a search into UI, engine, fragment and render time, for the final term only', () => {
    const records = [
      { term: '4', start: 1, end: 3, data: [] },
      {
        term: '4004',
        start: 12,
        end: 20,
        data: [{ url: '/discord/gateway-close-codes/#4004', start: 25, end: 31 }],
      },
    ];
    expect(breakdown(10, 40, '4004', /#4004$/, records)).toEqual({
      ui: 2,
      engine: 8,
      fragment: 11,
      render: 9,
    });
    // No search for the final term after the keystroke, or no correct result's data: no phases.
    expect(breakdown(30, 40, '4004', /#4004$/, records)).toBeNull();
    expect(breakdown(10, 40, '4004', /#4014$/, records)).toBeNull();
  });
});
