import { LinkChecker } from 'linkinator';
import { describe, expect, it } from 'vitest';
import { baseUrl } from '../support/browser.ts';
import { tables } from '../../src/tables/registry.ts';

describe('links (linkinator crawl)', () => {
  // The language picker is a <select>, so a crawl from / never reaches /es/: start from each locale root.
  it.each(['/', '/es/'])('every link and #fragment reachable from %s resolves', async (root) => {
    const origin = baseUrl();
    const result = await new LinkChecker().check({
      path: new URL(root, origin).href,
      recurse: true,
      checkFragments: true,
      concurrency: 8,
      // Only this site: the tests never send traffic off the machine.
      linksToSkip: async (link) => !link.startsWith(origin),
    });
    const broken = result.links
      .filter((l) => l.state === 'BROKEN')
      .map((l) => `${l.status ?? ''} ${l.url} (from ${l.parent ?? '?'})`);
    expect(broken).toEqual([]);
    // The crawl reached every table page of the locale (so their fragments were checked too).
    const crawled = new Set(result.links.filter((l) => l.state === 'OK').map((l) => new URL(l.url).pathname));
    for (const t of tables) expect(crawled, t.id).toContain(`${root === '/' ? '' : '/es'}/${t.id}/`);
  });
});
