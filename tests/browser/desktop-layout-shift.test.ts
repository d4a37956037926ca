/**
 * Layout shifts while a page loads on a desktop, from two causes found in Lighthouse's traces.
 *
 * 1. A desktop browser may paint a long page before it has parsed enough of it to need a
 *    vertical scrollbar. The scrollbar then appears, and unless its gutter was kept from the
 *    start (src/styles/layout.css), the content narrows, its text wraps again and what is below
 *    moves: a layout shift of 0.12 on the gRPC page in one Lighthouse desktop audit. This shows
 *    each page once whole and once cut to its title, which needs no scrollbar, as at such a
 *    first paint, and compares where the title and the table of contents are.
 * 2. The longest table's first range, skipped as off screen while the page loads, was painted
 *    once at its estimated height and then at its real one, moving what follows
 *    (src/styles/entries.css): a shift of 0.003 at every desktop audit of the JSON error codes
 *    page. This loads the page over a throttled connection, so that it arrives in chunks.
 */
import { describe, expect, it } from 'vitest';
import { baseUrl, keepOnLoopback, openPage, scriptsRun, useContextPerTest } from '../support/browser.ts';

const { context } = useContextPerTest({ viewport: { width: 1350, height: 940 } }, { scrollbars: true });

describe('a desktop page, before and after it needs a scrollbar', () => {
  it.each(['/grpc/status-codes/', '/es/discord/json-error-codes/', '/'])(
    'on %s, keeps its title and table of contents where they are',
    async (path) => {
      const { page, errors } = await openPage(context(), path);
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

describe('the longest table, loading on a desktop', () => {
  it.each(['/discord/json-error-codes/', '/es/discord/json-error-codes/'])(
    'on %s, moves none of its ranges or rows',
    async (path) => {
      for (let load = 0; load < 3; load++) {
        const page = await context().newPage();
        await keepOnLoopback(page);
        // A fast connection, still slow enough for the page to arrive and be painted in chunks.
        const cdp = await context().newCDPSession(page);
        await cdp.send('Network.emulateNetworkConditions', {
          offline: false,
          latency: 40,
          downloadThroughput: 10_000_000 / 8,
          uploadThroughput: 10_000_000 / 8,
        });
        await page.addInitScript(() => {
          const moved: string[] = [];
          (window as unknown as { moved: string[] }).moved = moved;
          new PerformanceObserver((list) => {
            for (const shift of list.getEntries() as unknown as {
              value: number;
              sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
            }[]) {
              for (const { node, previousRect: from, currentRect: to } of shift.sources) {
                const element = node instanceof Element ? node : node?.parentElement;
                if (element?.closest('.entries')) {
                  moved.push(
                    `${element.className} ${Math.round(from.y)} → ${Math.round(to.y)} (${shift.value})`,
                  );
                }
              }
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(new URL(path, baseUrl()).href, { waitUntil: 'load' });
        // The scripts start after load: what they do counts too.
        await scriptsRun(page);
        await page.waitForTimeout(300);
        expect(await page.evaluate(() => (window as unknown as { moved: string[] }).moved)).toEqual([]);
        await page.close();
      }
    },
  );
});
