/**
 * The pages' scripts load at low priority (src/lib/script-priority.ts): each script the browser
 * fetches while a page loads, bundled entries and the modules they import alike, is asked for at
 * "Low", never at the "High" that Lighthouse's simulated phone counts in the first paint; and
 * each once, so the preloads are the modules the imports then use.
 */
import { describe, expect, it } from 'vitest';
import { baseUrl, keepOnLoopback, useContextPerTest } from '../support/browser.ts';

const { context } = useContextPerTest();

describe('the scripts a page loads', () => {
  it.each(['/', '/discord/json-error-codes/', '/es/grpc/status-codes/', '/es/discord/gateway-close-codes/'])(
    'on %s, are each fetched once, at low priority',
    async (path) => {
      const page = await context().newPage();
      await keepOnLoopback(page);
      const cdp = await context().newCDPSession(page);
      const scripts: { url: string; priority: string }[] = [];
      cdp.on('Network.requestWillBeSent', ({ request, type }) => {
        if (type === 'Script')
          scripts.push({ url: new URL(request.url).pathname, priority: request.initialPriority });
      });
      await cdp.send('Network.enable');
      await page.goto(new URL(path, baseUrl()).href, { waitUntil: 'networkidle' });
      // The search button is enabled by its script: the page's scripts ran.
      await page.waitForSelector('site-search button[data-open-modal]:not([disabled])');
      expect(scripts.length, 'scripts fetched').toBeGreaterThanOrEqual(5);
      expect(scripts.filter((s) => s.priority !== 'Low')).toEqual([]);
      const urls = scripts.map((s) => s.url);
      expect(
        urls.filter((u, i) => urls.indexOf(u) !== i),
        'fetched twice',
      ).toEqual([]);
    },
  );
});
