/**
 * The tiny markup allowed in data texts: paragraphs separated by a blank line
 * and `backticks` for inline code. Everything else is plain text, so the data
 * cannot inject HTML.
 */
export interface ProseSegment {
  readonly code: boolean;
  readonly text: string;
}

export type ProseParagraph = readonly ProseSegment[];

export function parseProse(source: string): ProseParagraph[] {
  return source
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) =>
      p
        .split('`')
        // Odd pieces sat between backticks. An unmatched backtick leaves a final odd piece: show it as text.
        .map((text, i, all) => ({ code: i % 2 === 1 && i < all.length - 1, text }))
        .filter((s) => s.text !== ''),
    );
}

/** The text without markup, for places that take plain text (meta descriptions, search excerpts). */
export function proseToPlainText(source: string): string {
  return parseProse(source)
    .map((p) => p.map((s) => s.text).join(''))
    .join(' ');
}
