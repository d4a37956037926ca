/**
 * Each card's and section's placeholder (the height it stands in at while off screen and
 * skipped, estimated from its content at build time: src/lib/placeholder-height.ts; a range's
 * glance table is such a section) covers it as laid out, on a phone and on a desktop, on every
 * page in both languages: otherwise a skipped card's or section's content spills onto what
 * follows, which accessibility checkers report as overlapping targets. Nor is it so tall that the page jumps when it is laid out.
 */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlPages, readPage } from '../support/dist.ts';
import { openPage, useChromium } from '../support/browser.ts';

const browser = useChromium();
// Cards, the glance tables of ranges after the first, and the sections after the entries
// (prose, reference tables, a figure, the sources).
const skippable = 'article.entry, .offscreen-section';
const pagesWithCards = htmlPages().filter((path) => readPage(path).includes('<article class="entry"'));

interface Misfit {
  readonly id: string;
  readonly estimate: number;
  readonly height: number;
}

// The narrowest phone, Lighthouse's phone, the narrowest content of the wider layout (448 px
// beside nothing), a desktop.
describe.each([
  { width: 320, height: 700 },
  { width: 412, height: 823 },
  { width: 480, height: 800 },
  { width: 1280, height: 900 },
])('at $width px wide, every card’s and section’s placeholder', (viewport) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser().newContext({ viewport });
  });
  afterAll(async () => context?.close());

  it('exists on the pages with cards', () => {
    expect(pagesWithCards.length).toBeGreaterThan(20);
  });

  it.each(pagesWithCards)(
    'covers its content, without being more than twice as tall, on %s',
    async (path) => {
      const { page } = await openPage(context, path);
      const cards = await page.evaluate(
        (selector) =>
          [...document.querySelectorAll<HTMLElement>(selector)]
            // Only what skips layout at this width stands in at its placeholder.
            .filter((card) => getComputedStyle(card).contentVisibility === 'auto')
            .map((card) => {
              // The placeholder stands in for the content box: padding and border come on top.
              const estimate = parseFloat(
                getComputedStyle(card).containIntrinsicBlockSize.replace(/^auto\s+/, ''),
              );
              card.style.contentVisibility = 'visible';
              const style = getComputedStyle(card);
              const height =
                card.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
              const id =
                card.querySelector('[id]:is(h2, h3)')?.id ?? card.querySelector('caption')?.textContent;
              return { id: id ?? '', estimate, height };
            }),
        skippable,
      );
      expect(cards.length).toBeGreaterThan(0);
      const short: Misfit[] = cards.filter((c) => c.estimate < c.height);
      const tall: Misfit[] = cards.filter((c) => c.estimate > 2 * c.height + 160);
      expect({ short, tall }).toEqual({ short: [], tall: [] });
    },
  );
});
