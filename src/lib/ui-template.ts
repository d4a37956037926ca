/**
 * UI strings with `{placeholders}` ("{names} agree: {http}"), so that each language
 * orders the words of a sentence built around links, and lists of names joined as
 * each language joins them ("A, B and C", "A, B y C").
 */
import type { Locale } from './locales.ts';

export type TemplatePiece = { readonly text: string } | { readonly slot: string };

/** Splits a template into text and `{slot}` pieces, in order; empty text pieces are dropped. */
export function parseTemplate(template: string): TemplatePiece[] {
  return template
    .split(/\{(\w+)\}/)
    .map((piece, i): TemplatePiece => (i % 2 === 1 ? { slot: piece } : { text: piece }))
    .filter((p) => !('text' in p) || p.text !== '');
}

/** The slots a template uses, to check them against the values given. */
export function templateSlots(template: string): string[] {
  return parseTemplate(template).flatMap((p) => ('slot' in p ? [p.slot] : []));
}

/** "A, B and C" in English, "A, B y C" in Spanish. */
export function joinNames(names: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(names);
}
