import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openPage } from '../support/browser.ts';
import { tables } from '../../src/tables/registry.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

const pages = [
  '/',
  '/es/',
  ...tables.flatMap((t) => [`/${t.id}/`, `/es/${t.id}/`]),
  '/no-such-page/',
  '/es/no-such-page/',
];

describe('every page', () => {
  it('loads without console errors or exceptions', async () => {
    const context = await browser.newContext();
    const all: string[] = [];
    for (const path of pages) {
      const { page, errors } = await openPage(context, path);
      await page.waitForLoadState('load');
      all.push(...errors.filter((e) => !(path.includes('no-such-page') && /404/.test(e))));
      await page.close();
    }
    await context.close();
    expect(all).toEqual([]);
  });

  it('is readable with JavaScript disabled', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    for (const t of tables) {
      const { page } = await openPage(context, `/es/${t.id}/`);
      const visibleEntries = await page
        .locator('.entry .entry-description')
        .evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetHeight > 0).length);
      expect(visibleEntries, t.id).toBe(t.entries.length);
      await page.close();
    }
    await context.close();
  });
});
