/**
 * The diagram of both gRPC ↔ HTTP mappings in a browser: drawn without JavaScript, in the
 * theme's colours, and on a phone inside its own scrolling box rather than widening the page.
 */
import { describe, expect, it } from 'vitest';
import { openPage, useChromium } from '../support/browser.ts';

const browser = useChromium();

describe('the diagram on /grpc/http-mappings/', () => {
  it('is drawn with JavaScript disabled, every line visible', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const { page } = await openPage(context, '/es/grpc/http-mappings/', { scripts: false });
    const svg = page.locator('svg.diagram-svg');
    expect(await svg.isVisible()).toBe(true);
    const lines = await svg
      .locator('g[marker-end] path')
      .evaluateAll((paths) => paths.map((p) => (p as SVGPathElement).getTotalLength()));
    expect(lines.length).toBeGreaterThan(17);
    expect(lines.every((length) => length > 100)).toBe(true);
    await context.close();
  });

  it('draws its two sets of lines in different colours and dash patterns, in both themes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser().newContext({ colorScheme });
      const { page } = await openPage(context, '/grpc/http-mappings/');
      const styles = await page.locator('svg.diagram-svg g[marker-end]').evaluateAll((groups) =>
        groups.map((g) => {
          const s = getComputedStyle(g);
          return {
            stroke: s.stroke,
            dash: s.strokeDasharray,
            background: getComputedStyle(document.body).backgroundColor,
          };
        }),
      );
      expect(styles, colorScheme).toHaveLength(2);
      expect(styles[0]!.stroke).not.toBe(styles[1]!.stroke);
      expect(styles[0]!.dash).toBe('none');
      expect(styles[1]!.dash).not.toBe('none');
      for (const s of styles) expect(s.stroke).not.toBe(s.background);
      await context.close();
    }
  });

  it('on a phone, scrolls inside its own box and leaves the page its width', async () => {
    const context = await browser().newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
    const { page } = await openPage(context, '/es/grpc/http-mappings/');
    const sizes = await page.evaluate(() => {
      const box = document.querySelector('.diagram-scroll')!;
      return {
        page: document.documentElement.scrollWidth,
        viewport: window.innerWidth,
        box: box.clientWidth,
        drawing: box.scrollWidth,
      };
    });
    expect(sizes.page).toBeLessThanOrEqual(sizes.viewport);
    expect(sizes.drawing).toBeGreaterThan(sizes.box);
    await context.close();
  });
});
