/** Lighthouse scores and the three Web Vitals it measures, with the desktop or mobile preset. */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumArgs } from '../../tests/support/browser.ts';
import { auditWithUnheldPaint, type ObservedLoad } from './held-paint.ts';

export interface LighthouseResult {
  readonly performance: number;
  readonly accessibility: number;
  readonly bestPractices: number;
  readonly seo: number;
  readonly fcpMs: number;
  readonly speedIndexMs: number;
  readonly lcpMs: number;
  readonly tbtMs: number;
  readonly cls: number;
  /** First paint and load event as recorded on this machine (Lighthouse's simulation starts from them). */
  readonly observed: ObservedLoad;
  /** Earlier runs of the same audit set aside because the browser held their first paint (held-paint.ts). */
  readonly setAsideHeldPaint: number;
  /**
   * Lighthouse's own measure of this machine's speed (`environment.benchmarkIndex`, higher is
   * faster), taken before each audit: the simulated phone replays the tasks recorded here, so the
   * mobile scores of the longest page depend on it, and comparing runs across machines needs it.
   */
  readonly benchmarkIndex: number;
}

export type Preset = 'desktop' | 'mobile';

/**
 * Runs `fn` with an audit function, on one browser (`chromePath`, from resolveChromium) launched
 * for all audits. An audit whose first paint the browser held back is run again (held-paint.ts).
 */
export async function withLighthouse<T>(
  chromePath: string,
  fn: (audit: (url: string, preset: Preset) => Promise<LighthouseResult>) => Promise<T>,
): Promise<T> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: chromiumArgs });
  try {
    const auditOnce = async (
      url: string,
      preset: Preset,
    ): Promise<Omit<LighthouseResult, 'setAsideHeldPaint'>> => {
      const run = await lighthouse(
        url,
        { port: chrome.port, output: 'json', logLevel: 'error' },
        preset === 'desktop' ? desktopConfig : undefined,
      );
      if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { categories: c, audits: a } = run.lhr;
      const score = (id: string) => Math.round((c[id]?.score ?? 0) * 100);
      const ms = (id: string) => Math.round(a[id]?.numericValue ?? Number.NaN);
      const metrics = (a['metrics']?.details as { items?: Record<string, number>[] } | undefined)?.items?.[0];
      return {
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        fcpMs: ms('first-contentful-paint'),
        speedIndexMs: ms('speed-index'),
        lcpMs: ms('largest-contentful-paint'),
        tbtMs: ms('total-blocking-time'),
        cls: Math.round((a['cumulative-layout-shift']?.numericValue ?? Number.NaN) * 1000) / 1000,
        benchmarkIndex: Math.round(run.lhr.environment.benchmarkIndex),
        observed: {
          firstContentfulPaintMs: metrics?.['observedFirstContentfulPaint'] ?? Number.NaN,
          loadEventMs: metrics?.['observedLoad'] ?? Number.NaN,
        },
      };
    };
    return await fn(async (url, preset) => {
      const { run, setAside } = await auditWithUnheldPaint(() => auditOnce(url, preset));
      return { ...run, setAsideHeldPaint: setAside };
    });
  } finally {
    chrome.kill();
  }
}
