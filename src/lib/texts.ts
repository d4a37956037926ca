/**
 * Finds every bilingual text (`{ en, es }`, each a string or an array of
 * paragraphs) inside any data value, with the path that leads to it. Used by
 * validation and by the vocabulary checks, so no text in `content/` escapes them.
 */
import type { Paragraphs } from '../schema/text.ts';

export interface FoundText {
  /** Where the text sits inside the value: `description`, `notes[0].text`, `sections[2].body`. */
  readonly path: string;
  readonly en: Paragraphs;
  readonly es: Paragraphs;
}

const isParagraphs = (v: unknown): v is Paragraphs =>
  typeof v === 'string' || (Array.isArray(v) && v.every((p) => typeof p === 'string'));

export function findTexts(value: unknown, path = ''): FoundText[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => findTexts(v, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  const { en, es } = record;
  // An entry's `aliases` are lists of names per language, not a text; only their former names carry text.
  if (path === 'aliases' || path.endsWith('.aliases')) return findTexts(record['former'], `${path}.former`);
  if (isParagraphs(en) && isParagraphs(es)) return [{ path, en, es }];
  return Object.entries(record).flatMap(([key, v]) => findTexts(v, path === '' ? key : `${path}.${key}`));
}
