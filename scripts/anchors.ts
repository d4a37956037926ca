/**
 * The anchor contract: every `#fragment` the site publishes, one per line as
 * `<table> #<anchor>`. `node scripts/anchors.ts --write` (npm run anchors:update)
 * rewrites tests/fixtures/anchors.txt after an intended addition; the test in
 * tests/data/anchors-contract.test.ts fails when an anchor disappears or changes.
 */
import { writeFileSync } from 'node:fs';
import { pageAnchors } from '../src/lib/page-anchors.ts';
import { buildSiteIndex } from '../src/lib/site-index.ts';
import { sections } from '../src/tables/registry.ts';

export const contractFile = 'tests/fixtures/anchors.txt';

export function publishedAnchors(): string[] {
  const site = buildSiteIndex(sections);
  return site.tables.flatMap((t) => pageAnchors(t, site).map((id) => `${t.id} #${id}`));
}

if (process.argv.includes('--write')) {
  const lines = publishedAnchors();
  writeFileSync(contractFile, lines.join('\n') + '\n');
  console.log(`Wrote ${lines.length} anchors to ${contractFile}.`);
}
