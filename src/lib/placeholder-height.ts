/**
 * How tall an entry's card, or a section of a table page, will be, estimated from its rendered
 * HTML at build time, for the placeholder that stands in for it while it is off screen
 * (`content-visibility: auto`, see src/styles/entries.css). A card skipped with a placeholder
 * shorter than its content has that content spill over the next card, and accessibility
 * checkers, which measure cards off screen too, take the spill for overlapping targets; a
 * placeholder much taller than the card moves the page when the card is laid out. One fixed
 * height could not fit cards from four lines to sixty: the estimate follows each card's text,
 * for a phone and for a wider screen.
 *
 * The estimate counts the lines of each block of text (heading, paragraph, list item, fact) at
 * a conservative number of characters per line, so that it stays above the real height: the
 * browser test tests/browser/placeholder-height.test.ts measures every card and section of
 * every page at phone and desktop widths against it. A section may also hold tables, whose
 * columns share the line (sectionPlaceholderHeights), a drawing of a known size, code and
 * folded parts.
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

/**
 * How many lines `text` takes at `width` characters a line, wrapped word by word: a word that
 * does not fit on the line starts the next one, and a word longer than a line breaks. Prose
 * at a full line's width wastes little at its line ends, and the conservative characters per
 * line cover it; a narrow table column can waste half of each line.
 */
export function wrappedLines(text: string, width: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(' ')) {
    const needed = used === 0 ? word.length : used + 1 + word.length;
    if (needed <= width) used = needed;
    else if (used === 0) {
      lines += Math.ceil(word.length / width) - 1;
      used = word.length % width || width;
    } else {
      lines += Math.ceil(word.length / width);
      used = word.length % width || width;
    }
  }
  return lines;
}

/** The height of the blocks of text in `html`, each starting a line, in `layout`. */
function textHeight(html: string, layout: Layout): number {
  const { charsPerLine, blockGapRem, factBoundaries } = layouts[layout];
  return textBlocks(html, factBoundaries).reduce(
    (sum, text) => sum + Math.ceil(text.length / charsPerLine) * lineRem + blockGapRem,
    0,
  );
}

function height(html: string, layout: Layout): number {
  return Math.ceil(cardRem + textHeight(html, layout));
}

/** The estimated height of a card whose content is `html`, in rem, on a phone and wider. */
export function placeholderHeights(html: string): PlaceholderHeights {
  return { narrow: height(html, 'narrow'), wide: height(html, 'wide') };
}

/** The custom properties entries.css reads, as a style attribute. */
const heightsStyle = ({ narrow, wide }: PlaceholderHeights): string =>
  `--h-narrow: ${narrow}rem; --h-wide: ${wide}rem`;

/** A card's placeholder heights as a style attribute. */
export function placeholderStyle(html: string): string {
  return heightsStyle(placeholderHeights(html));
}

// ── Sections ─────────────────────────────────────────────────────────────────────────────

/** A section's heading is larger than body text, with more space above it than a line's gap. */
const sectionHeadingRem = 3;
/** Characters per rem of line, as the layouts count them (28 in 288 px, 44 in 448 px). */
const charsPerRem = 1.5;
/** A table cell's padding (0.5rem above and below, 1rem each side) and its border. */
const cellRem = { block: 1.1, inline: 2 };
/** Room for a horizontal scrollbar under a box that may scroll (a wide table, a drawing). */
const scrollbarRem = 1.25;
/** The narrowest a drawing is drawn (`min-width` in TwoColumnDiagram.astro), in px. */
const drawingMinWidthPx = 34 * 16;

const closedDetails = /<details\b(?![^>]*\sopen\b)[^>]*>[\s\S]*?<\/details>/gi;
const summary = /<summary\b[^>]*>[\s\S]*?<\/summary>/i;
const table = /<table\b[^>]*>([\s\S]*?)<\/table>/gi;
const caption = /<caption\b[^>]*>([\s\S]*?)<\/caption>/i;
const row = /<tr\b[^>]*>([\s\S]*?)<\/tr>/gi;
const cell = /<(th|td)\b[^>]*>([\s\S]*?)<\/\1>/gi;
const pre = /<pre\b[^>]*>([\s\S]*?)<\/pre>/gi;
const drawing = /<svg\b([^>]*)>[\s\S]*?<\/svg>/gi;
const attribute = (attributes: string, name: string) =>
  Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(attributes)?.[1] ?? 0);

/**
 * A table's height: its caption, then each row as tall as its tallest cell. The columns share
 * the line the way a browser's automatic table layout shares it: each gets at least its longest
 * word, and what is left goes to the columns in proportion to how much longer their longest
 * text is. Columns whose words do not fit side by side make the table scroll sideways.
 */
function tableHeight(html: string, layout: Layout): number {
  const { charsPerLine, factBoundaries } = layouts[layout];
  const rows = [...html.matchAll(row)].map(([, cells]) =>
    [...cells!.matchAll(cell)].map(([, , content]) => textBlocks(content!, factBoundaries)),
  );
  const columns = Math.max(0, ...rows.map((cells) => cells.length));
  const longest = (pick: (block: string) => number) =>
    Array.from({ length: columns }, (_, j) =>
      Math.max(1, ...rows.flatMap((cells) => (cells[j] ?? []).map(pick))),
    );
  const text = longest((block) => block.length);
  const word = longest((block) => Math.max(...block.split(' ').map((w) => w.length)));
  const room = charsPerLine - (columns - 1) * cellRem.inline * charsPerRem;
  const spare = room - sum(word);
  const wants = sum(text) - sum(word);
  const widths = text.map((t, j) =>
    sum(text) <= room ? t : spare <= 0 ? word[j]! : word[j]! + (spare * (t - word[j]!)) / Math.max(1, wants),
  );
  const rowsRem = rows.reduce(
    (total, cells) =>
      total +
      cellRem.block +
      Math.max(
        lineRem,
        ...cells.map((blocks, j) =>
          blocks.reduce((h, b) => h + wrappedLines(b, Math.max(1, Math.floor(widths[j]!))) * lineRem, 0),
        ),
      ),
    0,
  );
  const captionRem = textHeight(caption.exec(html)?.[1] ?? '', layout);
  return captionRem + rowsRem + (spare < 0 ? scrollbarRem : 0);
}

/** A drawing's height as drawn: its own, or taller when it is stretched to its minimum width; it may scroll. */
function drawingHeight(attributes: string): number {
  const width = attribute(attributes, 'width');
  const height = attribute(attributes, 'height');
  return (height * Math.max(1, drawingMinWidthPx / Math.max(1, width))) / 16 + scrollbarRem;
}

/** Whether a section starts with a heading (a prose section does; a range's glance table does not). */
export interface SectionShape {
  readonly heading?: boolean;
}

function sectionHeight(html: string, layout: Layout, { heading = true }: SectionShape): number {
  let rest = html.replace(closedDetails, (details) => summary.exec(details)?.[0] ?? '');
  let rem = 0;
  rest = rest.replace(table, (t) => {
    rem += tableHeight(t, layout);
    return '';
  });
  // Code keeps its lines and scrolls sideways.
  rest = rest.replace(pre, (_, code: string) => {
    rem += (code.split('\n').length + 2) * lineRem + scrollbarRem;
    return '';
  });
  // A drawing (an image, `role="img"`) takes its size; an icon beside text takes none.
  rest = rest.replace(drawing, (_, attributes: string) => {
    if (/\srole="img"/.test(attributes)) rem += drawingHeight(attributes);
    return '';
  });
  return Math.ceil((heading ? sectionHeadingRem : 0) + rem + textHeight(rest, layout));
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** The estimated height of a page section whose content is `html` (prose, tables, a drawing), in rem. */
export function sectionPlaceholderHeights(html: string, shape: SectionShape = {}): PlaceholderHeights {
  return { narrow: sectionHeight(html, 'narrow', shape), wide: sectionHeight(html, 'wide', shape) };
}

/** A section's placeholder heights as a style attribute. */
export function sectionPlaceholderStyle(html: string, shape: SectionShape = {}): string {
  return heightsStyle(sectionPlaceholderHeights(html, shape));
}
