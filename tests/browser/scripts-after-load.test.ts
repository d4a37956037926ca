/**
 * The pages' bundled scripts start once the page has loaded (src/lib/scripts-after-load.ts):
 * none is requested before the `load` event, each is fetched once, and they run: the search
 * button, which Starlight's script enables, works, and the search it opens finds an entry.
 */
import { describe, expect, it } from 'vitest';
import { scriptsReadyAttribute } from '../../src/lib/scripts-after-load.ts';
import { openPage, searchFor, useContextPerTest } from '../support/browser.ts';

const { context } = useContextPerTest();

describe('the scripts a page loads', () => {
  it.each(['/', '/discord/json-error-codes/', '/es/grpc/status-codes/', '/es/discord/gateway-close-codes/'])(
    'on %s, start after load, are each fetched once, and run',
    async (path) => {
      const { page, errors } = await openPage(context(), path);
      const { loadStart, scripts } = await page.evaluate(() => ({
        loadStart: performance.getEntriesByType('navigation')[0]!.toJSON().loadEventStart as number,
        scripts: performance
          .getEntriesByType('resource')
          .filter((r) => new URL(r.name).pathname.endsWith('.js'))
          .map((r) => ({ path: new URL(r.name).pathname, start: r.startTime })),
      }));
      expect(scripts.length, 'scripts fetched').toBeGreaterThanOrEqual(5);
      expect(scripts.filter((s) => s.start < loadStart).map((s) => s.path)).toEqual([]);
      const paths = scripts.map((s) => s.path);
      expect(
        paths.filter((p, i) => paths.indexOf(p) !== i),
        'fetched twice',
      ).toEqual([]);
      expect(await page.getAttribute('html', scriptsReadyAttribute)).toBe('');
      expect(await searchFor(page, '4014')).toMatch(/#4014$/);
      expect(errors).toEqual([]);
    },
  );
});
