import { describe, expect, it } from 'vitest';
import { extraRefs, tables } from '../../src/tables/registry.ts';
import { validateSite } from '../../src/lib/validate.ts';

describe('the content data', () => {
  it('passes every integrity check (the same ones the build runs)', () => {
    expect(validateSite(tables, extraRefs).map((e) => e.message)).toEqual([]);
  });
});
