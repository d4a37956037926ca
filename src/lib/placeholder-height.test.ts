import { describe, expect, it } from 'vitest';
import {
  placeholderHeights,
  placeholderStyle,
  sectionPlaceholderHeights,
  sectionPlaceholderStyle,
  textBlocks,
  wrappedLines,
} from './placeholder-height.ts';

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

describe('wrapping a line word by word', () => {
  it('starts a word that does not fit on the next line', () => {
    expect(wrappedLines('aaaa bbbb', 9)).toBe(1);
    expect(wrappedLines('aaaa bbbb', 8)).toBe(2);
    expect(wrappedLines('aaaa bbbb cc', 8)).toBe(2);
  });

  it('breaks a word longer than a line', () => {
    expect(wrappedLines('abcdefghij', 4)).toBe(3);
    expect(wrappedLines('ab abcdefghij', 4)).toBe(4);
  });
});

describe('the placeholder height of a section', () => {
  const prose = `<h2 id="s">Section</h2><p>${'word '.repeat(60)}</p>`;
  const table = (rows: string[][]) =>
    `<table>${rows.map((cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;

  it('adds each row of a table, as tall as its tallest cell', () => {
    const one = sectionPlaceholderHeights(prose + table([['a', 'b']]));
    const three = sectionPlaceholderHeights(
      prose +
        table([
          ['a', 'b'],
          ['c', 'd'],
          ['e', 'f'],
        ]),
    );
    const tall = sectionPlaceholderHeights(prose + table([['a', `${'word '.repeat(40)}`]]));
    expect(three.narrow - one.narrow).toBeGreaterThanOrEqual(2 * 1.75);
    expect(tall.narrow - one.narrow).toBeGreaterThanOrEqual(6 * 1.75);
  });

  it('keeps a column at least as wide as its longest word: too wide together, the table scrolls', () => {
    const tiny = sectionPlaceholderHeights(table([['a', 'b']])).narrow;
    // 20 + 20 characters do not fit side by side on a phone (28): one line a row, and a scrollbar.
    const scrolls = sectionPlaceholderHeights(table([['x'.repeat(20), 'y'.repeat(20)]])).narrow;
    expect(scrolls - tiny).toBeGreaterThanOrEqual(1);
    expect(scrolls - tiny).toBeLessThanOrEqual(2);
    // Words of 4 in a column a share of the line wide wrap to several lines instead.
    const wraps = sectionPlaceholderHeights(table([['a', 'yyyy '.repeat(10)]])).narrow;
    expect(wraps - tiny).toBeGreaterThanOrEqual(1.75);
  });

  it('counts a folded part by its summary only', () => {
    const folded = sectionPlaceholderHeights(
      `${prose}<details><summary>More</summary>${table([['a', 'b']]).repeat(20)}</details>`,
    );
    const open = sectionPlaceholderHeights(
      `${prose}<details open><summary>More</summary>${table([['a', 'b']]).repeat(20)}</details>`,
    );
    expect(folded.narrow).toBeLessThan(sectionPlaceholderHeights(prose).narrow + 3);
    expect(open.narrow).toBeGreaterThan(folded.narrow + 20 * 1.75);
  });

  it('takes a drawing at its size, stretched to its minimum width, and ignores an icon', () => {
    const drawing = (w: number) => `<svg role="img" width="${w}" height="320"><text>label</text></svg>`;
    const icon = '<svg aria-hidden="true" width="48" height="16"></svg>';
    const base = sectionPlaceholderHeights(prose).narrow;
    expect(sectionPlaceholderHeights(prose + drawing(640)).narrow - base).toBeCloseTo(320 / 16 + 1.25, 0);
    expect(sectionPlaceholderHeights(prose + drawing(272)).narrow - base).toBeCloseTo(640 / 16 + 1.25, 0);
    expect(sectionPlaceholderHeights(prose + icon).narrow).toBe(base);
  });

  it('keeps the lines of code, which scroll rather than wrap', () => {
    const code = sectionPlaceholderHeights(`${prose}<pre><code>a\nb\nc\nd</code></pre>`).narrow;
    expect(code - sectionPlaceholderHeights(prose).narrow).toBeGreaterThanOrEqual(4 * 1.75);
  });

  it('is written as the two custom properties OffscreenSection reads', () => {
    expect(sectionPlaceholderStyle(prose)).toMatch(/^--h-narrow: \d+rem; --h-wide: \d+rem$/);
  });
});

describe('the placeholder height of a section without a heading (a range’s glance table)', () => {
  it('leaves out the heading’s room, and only that', () => {
    const table =
      '<table><caption>At a glance (4xx)</caption><tbody><tr><th>404</th><td>Not Found</td></tr></tbody></table>';
    const headed = sectionPlaceholderHeights(table);
    const bare = sectionPlaceholderHeights(table, { heading: false });
    expect(headed.narrow - bare.narrow).toBe(3);
    expect(headed.wide - bare.wide).toBe(3);
  });
});
