/**
 * The tiny markup allowed in data texts: paragraphs (array items) and
 * `backticks` for inline code. Everything else is plain text, so the data
 * cannot inject HTML.
 */
import type { Paragraphs } from '../schema/text.ts';

export interface ProseSegment {
  readonly code: boolean;
  readonly text: string;
}

export type ProseParagraph = readonly ProseSegment[];

/** The paragraphs of a text, trimmed, without empty ones. */
export function paragraphsOf(source: Paragraphs): string[] {
  return (typeof source === 'string' ? [source] : source).map((p) => p.trim()).filter((p) => p !== '');
}

export function parseProse(source: Paragraphs): ProseParagraph[] {
  return paragraphsOf(source).map((p) =>
    p
      .split('`')
      // Odd pieces sat between backticks. An unmatched backtick leaves a final odd piece: show it as text.
      .map((text, i, all) => ({ code: i % 2 === 1 && i < all.length - 1, text }))
      .filter((s) => s.text !== ''),
  );
}

/**
 * The text as one string in the export's markup: paragraphs separated by a
 * blank line, `backticks` kept for inline code.
 */
export function proseToMarkup(source: Paragraphs): string {
  return paragraphsOf(source).join('\n\n');
}

/** The text without markup, for places that take plain text (meta descriptions, search excerpts). */
export function proseToPlainText(source: Paragraphs): string {
  return parseProse(source)
    .map((p) => p.map((s) => s.text).join(''))
    .join(' ');
}
