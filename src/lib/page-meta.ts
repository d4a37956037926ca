/** Page-level metadata derived from the data. */
import { paragraphsOf, proseToPlainText } from './prose.ts';
import type { Paragraphs } from '../schema/text.ts';

/** A meta description: the intro's first paragraph as plain text, cut at a word near 160 characters. */
export function pageDescription(intro: Paragraphs, max = 160): string {
  const first = proseToPlainText(paragraphsOf(intro)[0] ?? '');
  if (first.length <= max) return first;
  const cut = first.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
