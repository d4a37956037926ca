import { describe, expect, it } from 'vitest';
import { pageDescription } from './page-meta.ts';

describe('pageDescription', () => {
  it('uses the first paragraph as plain text', () => {
    expect(pageDescription(['Codes for `gRPC`.', 'More.'])).toBe('Codes for gRPC.');
  });

  it('cuts a long paragraph at a word and marks the cut', () => {
    const text = 'word '.repeat(60);
    const d = pageDescription(text, 40);
    expect(d.length).toBeLessThanOrEqual(40);
    expect(d.endsWith('word…')).toBe(true);
  });
});
