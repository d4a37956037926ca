/**
 * How tall an entry's card will be, estimated from its rendered HTML at build time, for the
 * placeholder that stands in for it while it is off screen (`content-visibility: auto`, see
 * src/styles/entries.css). A card skipped with a placeholder shorter than its content has that
 * content spill over the next card, and accessibility checkers, which measure cards off screen
 * too, take the spill for overlapping targets; a placeholder much taller than the card moves
 * the page when the card is laid out. One fixed height could not fit cards from four lines to
 * sixty: the estimate follows each card's text, for a phone and for a wider screen.
 *
 * The estimate counts the lines of each block of text (heading, paragraph, list item, fact) at
 * a conservative number of characters per line, so that it stays above the real height: the
 * browser test tests/browser/placeholder-height.test.ts measures every card of every page at
 * phone and desktop widths against it.
 */

/** The two layouts: a phone (up to 30rem wide: the media query in entries.css), and anything wider. */
type Layout = 'narrow' | 'wide';

/**
 * Per layout: characters per line, fewer than a line holds where the content is narrowest
 * (288 px on a 320 px phone; 448 px wider, beside the sidebars), and the space around each
 * block (margins, list and grid gaps), taken at its largest. On a phone a fact's label and
 * value stack; wider, they share a row, so a fact is one block.
 */
const layouts = {
  narrow: { charsPerLine: 28, blockGapRem: 0.75, factBoundaries: true },
  wide: { charsPerLine: 44, blockGapRem: 0.5, factBoundaries: false },
} as const satisfies Record<Layout, object>;

/** The tallest line of a card's text (body text at line-height 1.75; smaller text takes less). */
const lineRem = 1.75;
/** The card's padding and border. */
const cardRem = 3;

const blocks = 'p|li|h[1-6]|div|ul|ol|dl|header|summary';
const boundary = {
  withFacts: new RegExp(`</?(?:${blocks}|dt|dd)\\b[^>]*>`, 'gi'),
  withoutFacts: new RegExp(`</?(?:${blocks})\\b[^>]*>`, 'gi'),
};
const anyTag = /<[^>]*>/g;
const entity = /&(?:#\d+|#x[\da-f]+|[a-z]+);/gi;

/** The text of each block in `html`, in order, without empty ones; a fact's label and value are one block unless `factBoundaries`. */
export function textBlocks(html: string, factBoundaries = true): string[] {
  return html
    .split(factBoundaries ? boundary.withFacts : boundary.withoutFacts)
    .map((chunk) => chunk.replace(anyTag, ' ').replace(entity, '_').replace(/\s+/g, ' ').trim())
    .filter((text) => text !== '');
}

export type PlaceholderHeights = Readonly<Record<Layout, number>>;

function height(html: string, layout: Layout): number {
  const { charsPerLine, blockGapRem, factBoundaries } = layouts[layout];
  const lines = textBlocks(html, factBoundaries).reduce(
    (sum, text) => sum + Math.ceil(text.length / charsPerLine) * lineRem + blockGapRem,
    0,
  );
  return Math.ceil(cardRem + lines);
}

/** The estimated height of a card whose content is `html`, in rem, on a phone and wider. */
export function placeholderHeights(html: string): PlaceholderHeights {
  return { narrow: height(html, 'narrow'), wide: height(html, 'wide') };
}

/** The custom properties entries.css reads, as a style attribute. */
export function placeholderStyle(html: string): string {
  const { narrow, wide } = placeholderHeights(html);
  return `--h-narrow: ${narrow}rem; --h-wide: ${wide}rem`;
}
