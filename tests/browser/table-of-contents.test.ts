/**
 * The table of contents on the built pages (src/integrations/table-of-contents.ts patches
 * the query of Starlight's script): it watches the same elements as Starlight's own query
 * would, so it marks the section being read as Starlight's does.
 */
import { describe, expect, it } from 'vitest';
import { openPage, useContextPerTest } from '../support/browser.ts';

const { context } = useContextPerTest();

describe('the table of contents', () => {
  it.each(['/http/status-codes/', '/es/discord/json-error-codes/', '/grpc/status-codes/'])(
    'on %s, watches the elements Starlight would',
    async (path) => {
      const { page, errors } = await openPage(context(), path);
      const { starlight, patched } = await page.evaluate(() => {
        const toc = document.querySelector<HTMLElement>('starlight-toc')!;
        const levels = Array.from(
          { length: 1 + Number(toc.dataset.maxH) - Number(toc.dataset.minH) },
          (_, i) => `h${Number(toc.dataset.minH) + i}`,
        );
        const heading = `h1#_top,:where(${levels.join()})[id]`;
        const ids = (els: Iterable<Element>) =>
          [...els].map((el) => `${el.tagName}#${el.id}.${el.className}`.slice(0, 80));
        // Starlight 0.42.4's query (starlight-toc.ts), and the patched one.
        const original = document.querySelectorAll(
          [
            `main :where(${heading})`,
            `main :where(${heading}, .sl-heading-wrapper) ~ *:not(:has(${heading}))`,
            `main .sl-markdown-content > *:not(:has(${heading}))`,
            `main > *:not(:has(${heading}))`,
          ].join(),
        );
        const candidates = document.querySelectorAll(
          [
            `main :where(${heading})`,
            `main :where(${heading}, .sl-heading-wrapper) ~ *`,
            `main .sl-markdown-content > *`,
            `main > *`,
          ].join(),
        );
        const kept = [...candidates].filter((el) => el.matches(heading) || !el.querySelector(heading));
        return { starlight: ids(original), patched: ids(kept) };
      });
      expect(starlight.length).toBeGreaterThan(5);
      expect(patched).toEqual(starlight);
      expect(errors).toEqual([]);
    },
  );
});
