/** Lighthouse scores and the three Web Vitals it measures, with the desktop or mobile preset. */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumArgs } from '../../tests/support/browser.ts';

export interface LighthouseResult {
  readonly performance: number;
  readonly accessibility: number;
  readonly bestPractices: number;
  readonly seo: number;
  readonly lcpMs: number;
  readonly tbtMs: number;
  readonly cls: number;
}

export type Preset = 'desktop' | 'mobile';

/** Runs `fn` with an audit function, on one browser (`chromePath`, from resolveChromium) launched for all audits. */
export async function withLighthouse<T>(
  chromePath: string,
  fn: (audit: (url: string, preset: Preset) => Promise<LighthouseResult>) => Promise<T>,
): Promise<T> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: chromiumArgs });
  try {
    return await fn(async (url, preset) => {
      const run = await lighthouse(
        url,
        { port: chrome.port, output: 'json', logLevel: 'error' },
        preset === 'desktop' ? desktopConfig : undefined,
      );
      if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { categories: c, audits: a } = run.lhr;
      const score = (id: string) => Math.round((c[id]?.score ?? 0) * 100);
      return {
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: Math.round(a['largest-contentful-paint']?.numericValue ?? Number.NaN),
        tbtMs: Math.round(a['total-blocking-time']?.numericValue ?? Number.NaN),
        cls: Math.round((a['cumulative-layout-shift']?.numericValue ?? Number.NaN) * 1000) / 1000,
      };
    });
  } finally {
    chrome.kill();
  }
}
