/**
 * The table of contents patches one upstream file (src/integrations/table-of-contents.ts). An
 * upgrade that changes it fails here until someone re-checks the patch and records the new
 * version and hash in `upstream`. tests/browser/table-of-contents.test.ts checks, on the built
 * pages, that the patched query finds the same elements as Starlight's.
 */
import { describe, expect, it } from 'vitest';
import { blocksWithoutHas, upstream } from '../../src/integrations/table-of-contents.ts';
import { installed } from '../support/upstream.ts';

const { version, sha256, text } = installed(upstream.package, upstream.file);

describe("Starlight's table-of-contents script", () => {
  it('is the one the patch was written against', () => {
    expect(
      { version, sha256 },
      `${upstream.package}/${upstream.file} changed: re-check src/integrations/table-of-contents.ts (upstream may have made its query cheaper: then drop the patch), then record the new version and sha256 in \`upstream\`.`,
    ).toEqual({ version: upstream.version, sha256: upstream.sha256 });
  });

  it('loses its :has() selectors to the patch, and nothing else', () => {
    const patched = blocksWithoutHas(text);
    expect(text).toContain(':not(:has(');
    expect(patched).not.toContain(':has(');
    expect(patched).toContain('.filter((el) => isHeading(el) || !el.querySelector(this.tocHeadingSelector))');
    const outside = (code: string) =>
      code.slice(0, code.indexOf('const toObserve')) + code.slice(code.indexOf('let observer;'));
    expect(outside(patched)).toBe(outside(text));
  });

  it('refuses code it does not recognise', () => {
    expect(() => blocksWithoutHas(blocksWithoutHas(text))).toThrow(/found it 0 times/);
  });
});
