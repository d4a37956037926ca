import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, useChromium } from '../support/browser.ts';

const browser = useChromium();
let context: BrowserContext;

// One page of each type, in both languages and both themes; glance tables with and
// without a filter on (the chips' pressed state, the count in its live region).
const pages = [
  '/',
  '/es/',
  '/grpc/status-codes/',
  '/es/http/status-codes/',
  '/discord/gateway-close-codes/',
  '/es/discord/gateway-close-codes/?filter=no-reconnect',
  '/es/discord/voice-opcodes/',
  '/discord/http-status-codes/?filter=retry',
  '/discord/rpc-error-codes/',
  '/websocket/close-codes/',
  '/es/grpc/http-mappings/',
  '/http2/error-codes/',
  '/no-such-page/',
];

const violations = async (page: import('playwright-core').Page) => {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
};

describe.each(['light', 'dark'] as const)('accessibility (axe) in the %s theme', (colorScheme) => {
  beforeAll(async () => {
    context = await browser().newContext({ colorScheme });
  });
  afterAll(async () => context?.close());

  it.each(pages)('%s has no violations', async (path) => {
    const { page } = await openPage(context, path);
    await page.waitForLoadState('load');
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it.each(['/grpc/http-mappings/', '/es/grpc/http-mappings/'])(
    'the diagram of both mappings on %s, with its tables open, has no violations',
    async (path) => {
      const { page } = await openPage(context, path);
      await page.click('details.figure-tables summary');
      await page.waitForSelector('details.figure-tables[open] table');
      expect(await violations(page)).toEqual([]);
      await page.close();
    },
  );

  it('the search dialog, open with results, has no violations', async () => {
    const { page } = await openPage(context, '/es/');
    await page.waitForSelector('site-search button[data-open-modal]:not([disabled])');
    await page.click('site-search button[data-open-modal]');
    await page.fill('#starlight__search input.pagefind-ui__search-input', '4004');
    await page.waitForSelector('#starlight__search .pagefind-ui__result-link');
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('the lists of what pasted text names, in the jump box and the dialog, have no violations', async () => {
    const { page } = await openPage(context, '/');
    await page.fill('#jump-code', 'close code 4014');
    await page.waitForSelector('form[data-jump-to-code] .paste-candidates a');
    expect(await violations(page)).toEqual([]);
    await page.click('site-search button[data-open-modal]');
    await page.fill('#starlight__search input.pagefind-ui__search-input', 'close code 4014');
    await page.waitForSelector('#starlight__search .paste-candidates a');
    await page.waitForSelector('#starlight__search .pagefind-ui__result-link');
    expect(await violations(page)).toEqual([]);
    await page.close();
  });
});

it('the largest table (Discord JSON error codes) has no violations', async () => {
  const ctx = await browser().newContext();
  const { page } = await openPage(ctx, '/discord/json-error-codes/');
  expect(await violations(page)).toEqual([]);
  await ctx.close();
}, 120_000);
