/**
 * A desktop browser may paint a long page before it has parsed enough of it to need a
 * vertical scrollbar. The scrollbar then appears, and unless its gutter was kept from the
 * start (src/styles/layout.css), the content narrows, its text wraps again and what is below
 * moves: a layout shift of 0.12 on the gRPC page in one Lighthouse desktop audit. This shows
 * each page once whole and once cut to its title, which needs no scrollbar, as at such a
 * first paint, and compares where the title and the table of contents are.
 */
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { chromiumArgs, openPage } from '../support/browser.ts';

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  // Playwright hides scrollbars in headless mode; this test needs them to take room, as on a desktop.
  browser = await chromium.launch({
    executablePath: inject('chromiumPath'),
    args: chromiumArgs,
    ignoreDefaultArgs: ['--hide-scrollbars'],
  });
  context = await browser.newContext({ viewport: { width: 1350, height: 940 } });
});
afterAll(async () => browser?.close());

describe('a desktop page, before and after it needs a scrollbar', () => {
  it.each(['/grpc/status-codes/', '/es/discord/json-error-codes/', '/'])(
    'on %s, keeps its title and table of contents where they are',
    async (path) => {
      const { page, errors } = await openPage(context, path);
      const where = () =>
        page.evaluate(() => {
          const rect = (selector: string) => {
            const box = document.querySelector(selector)?.getBoundingClientRect();
            return box && { x: box.x, y: box.y, width: box.width, height: box.height };
          };
          return {
            overflows: document.documentElement.scrollHeight > window.innerHeight,
            title: rect('main h1'),
            tableOfContents: rect('.right-sidebar'),
          };
        });
      const whole = await where();
      // The scrollbar takes room here, as on a desktop (else this test could not fail).
      expect(
        await page.evaluate(() => window.innerWidth - document.documentElement.clientWidth),
      ).toBeGreaterThan(0);
      // What the browser may have parsed at a first paint: the frame and the title.
      await page.evaluate(() => {
        for (const el of document.querySelectorAll<HTMLElement>(
          'main .content-panel + .content-panel, footer',
        )) {
          el.style.display = 'none';
        }
      });
      const cut = await where();

      expect(whole.overflows).toBe(true);
      expect(cut.overflows).toBe(false);
      expect(whole.title).toBeDefined();
      expect(cut.title).toEqual(whole.title);
      expect(cut.tableOfContents).toEqual(whole.tableOfContents);
      expect(errors).toEqual([]);
    },
  );
});
