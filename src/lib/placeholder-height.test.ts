import { describe, expect, it } from 'vitest';
import { placeholderHeights, placeholderStyle, textBlocks } from './placeholder-height.ts';

describe('the placeholder height of a card', () => {
  it('reads the text of each block, without tags, entities counted as one character', () => {
    expect(
      textBlocks(
        '<header><h2 id="a"><a href="#a">404 Not Found</a></h2></header><p>Use <code>x</code> &amp; y</p>',
      ),
    ).toEqual(['404 Not Found', 'Use x _ y']);
  });

  it('keeps a fact’s label and value apart on a phone, together wider', () => {
    const fact = '<dl><div><dt>Retry</dt><dd>No</dd></div></dl>';
    expect(textBlocks(fact)).toEqual(['Retry', 'No']);
    expect(textBlocks(fact, false)).toEqual(['Retry No']);
  });

  it('grows with the text, and is taller on a phone than on a wider screen', () => {
    const short = placeholderHeights('<p>Short.</p>');
    const long = placeholderHeights(`<p>${'word '.repeat(200)}</p>`);
    expect(long.narrow).toBeGreaterThan(short.narrow);
    expect(long.wide).toBeGreaterThan(short.wide);
    expect(long.narrow).toBeGreaterThan(long.wide);
    // 999 characters: 36 lines on a phone (28 a line) and 23 wider (44), of 1.75rem each.
    expect(long).toEqual({ narrow: Math.ceil(3 + 36 * 1.75 + 0.75), wide: Math.ceil(3 + 23 * 1.75 + 0.5) });
  });

  it('counts every block, as each starts a line', () => {
    const one = placeholderHeights('<ul><li>a b</li></ul>');
    const three = placeholderHeights('<ul><li>a</li><li>b</li><li>c</li></ul>');
    expect(three.narrow - one.narrow).toBeGreaterThanOrEqual(2 * 1.75);
  });

  it('is written as the two custom properties entries.css reads', () => {
    expect(placeholderStyle('<p>Short.</p>')).toMatch(/^--h-narrow: \d+rem; --h-wide: \d+rem$/);
  });
});
