/**
 * The site patches three statements of the engine Pagefind writes next to the index
 * (src/integrations/search-excerpt.ts). This writes a small index with the installed Pagefind
 * and fails, until someone re-checks the patch and records the new version and hash in
 * `upstream`, when the engine differs. tests/site/search.test.ts checks the excerpts of the
 * built index.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { beforeAll, describe, expect, it } from 'vitest';
import { excerptFromRecordOpening, upstream } from '../../src/integrations/search-excerpt.ts';
import { installed } from '../support/upstream.ts';

let engine = '';

beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), 'pagefind-engine-'));
  try {
    const { index } = await pagefind.createIndex({});
    await index!.addHTMLFile({
      url: '/a/',
      content: '<html lang="en"><body><main>One record.</main></body></html>',
    });
    await index!.writeFiles({ outputPath: out });
    engine = readFileSync(join(out, upstream.file), 'utf8');
  } finally {
    await pagefind.close();
    rmSync(out, { recursive: true, force: true });
  }
}, 60_000);

/** `calculate_excerpt_region(word_positions, excerpt_length)` of an engine, to call from here. */
function excerptRegion(code: string): (matches: readonly number[], length: number) => number {
  const source =
    /var calculate_excerpt_region=(\(word_positions,excerpt_length\)=>\{.*?\});var build_excerpt=/s.exec(
      code,
    )?.[1];
  if (!source) throw new Error('calculate_excerpt_region not found');
  const region = new Function(`return ${source}`)() as (
    positions: { location: number; balanced_score: number }[],
    length: number,
  ) => number;
  return (matches, length) =>
    region(
      matches.map((location) => ({ location, balanced_score: 1 })),
      length,
    );
}

describe("Pagefind's engine", () => {
  it('is the one the patch was written against', () => {
    const { version } = installed(upstream.package, 'package.json');
    const sha256 = createHash('sha256').update(engine).digest('hex');
    expect(
      { version, sha256 },
      `The engine Pagefind writes changed: re-check src/integrations/search-excerpt.ts, then record the new version and sha256 in \`upstream\`.`,
    ).toEqual({ version: upstream.version, sha256: upstream.sha256 });
  });

  it('changes three statements only: where an excerpt starts, and where a result’s excerpt starts and ends', () => {
    const patched = excerptFromRecordOpening(engine);
    expect(patched).not.toBe(engine);
    const original =
      'const excerpt_start=calculate_excerpt_region(weighted_locations,this.excerptLength);' +
      'const excerpts=build_excerpt(fragment.raw_content,excerpt_start,this.excerptLength,fragment.locations,void 0,void 0,this.excerptEllipsis);';
    const resultStart =
      /const search_only_from=.*?\?0:calculate_excerpt_region\(weighted_locations,this\.excerptLength\);const excerpts=build_excerpt\(fragment\.raw_content,excerpt_start,this\.excerptLength,fragment\.locations,void 0,search_only_from>=0\?search_only_from:void 0,this\.excerptEllipsis\);/;
    expect(patched).toMatch(resultStart);
    expect(
      patched
        .replace('return midpoint*3<=excerpt_length?0:midpoint;', 'return midpoint;')
        .replace(resultStart, original),
    ).toBe(engine);
  });

  it('refuses code it does not recognise', () => {
    expect(() => excerptFromRecordOpening(excerptFromRecordOpening(engine))).toThrow(/found it 0 times/);
  });
});

describe('where an excerpt of 30 words starts', () => {
  // By the positions of the matched words; Pagefind starts at the middle of the densest windows.
  it.each([
    [[3], 0, 0],
    [[4, 12, 21, 33], 3, 0],
    [[2, 8, 35], 1, 0],
    [[20, 45], 17, 17],
    [[60, 70], 50, 50],
  ])(
    'matches at words %j: Pagefind starts at word %i, the site at word %i',
    (matches, pagefindStart, siteStart) => {
      expect(excerptRegion(engine)(matches, 30)).toBe(pagefindStart);
      expect(excerptRegion(excerptFromRecordOpening(engine))(matches, 30)).toBe(siteStart);
    },
  );
});
