import { describe, expect, it } from 'vitest';
import { openPage, useChromium } from '../support/browser.ts';
import { tables } from '../../src/tables/registry.ts';

const browser = useChromium();

const pages = [
  '/',
  '/es/',
  ...tables.flatMap((t) => [`/${t.id}/`, `/es/${t.id}/`]),
  '/no-such-page/',
  '/es/no-such-page/',
];

describe('every page', () => {
  it('loads without console errors or exceptions', async () => {
    const context = await browser().newContext();
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
    const context = await browser().newContext({ javaScriptEnabled: false });
    for (const t of tables) {
      const { page } = await openPage(context, `/es/${t.id}/`, { scripts: false });
      // Every entry's description is in the page and displayed (entries off screen skip
      // layout, so check what is displayed rather than what has a size).
      const described = await page.locator('.entry').evaluateAll(
        (entries) =>
          entries.filter((e) => {
            const p = e.querySelector(':scope > p');
            return !!p && p.textContent!.trim() !== '' && getComputedStyle(p).display !== 'none';
          }).length,
      );
      expect(described, t.id).toBe(t.entries.length);
      await page.close();
    }
    // The home page's jump box needs JavaScript, so it is not offered without it; the tables are.
    const { page: home } = await openPage(context, '/es/', { scripts: false });
    expect(await home.locator('form[data-jump-to-code]').isVisible()).toBe(false);
    expect(await home.locator('.home-tables a').count()).toBe(tables.length);
    await context.close();
  });
});
