import { describe, expect, it } from 'vitest';
import { sections } from '../../src/tables/registry.ts';
import { validateSite } from '../../src/lib/validate.ts';

describe('the content data', () => {
  it('passes every integrity check (the same ones the build runs)', () => {
    expect(validateSite(sections).map((e) => e.message)).toEqual([]);
  });
});
