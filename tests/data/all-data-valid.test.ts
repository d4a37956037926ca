import { describe, expect, it } from 'vitest';
import { libraryIdentifiers } from '../../content/identifiers/index.ts';
import { sections } from '../../src/tables/registry.ts';
import { validateSite } from '../../src/lib/validate.ts';

describe('the content data', () => {
  it('passes every integrity check (the same ones the build runs)', () => {
    expect(validateSite(sections, libraryIdentifiers).map((e) => e.message)).toEqual([]);
  });
});
