/**
 * An entry's title in a language: the wire name first (it is what logs and
 * payloads show), then, on Spanish pages, the Spanish name where it has one:
 * "404 Not Found · No encontrado". Used by headings, links, the table of contents
 * and search results.
 */
import type { Locale } from './locales.ts';
import { entryLabel } from './site-index.ts';
import type { EntryBase } from '../schema/entries.ts';

/** The Spanish name to show after the wire name, or `null` where the name is kept (or the same). */
export function spanishName(entry: Pick<EntryBase, 'name' | 'nameEs'>): string | null {
  const es = entry.nameEs;
  if (typeof es !== 'string') return null;
  return es.trim().toLowerCase() === entry.name.replace(/`/g, '').trim().toLowerCase() ? null : es;
}

export function entryTitle(entry: Pick<EntryBase, 'code' | 'name' | 'nameEs'>, locale: Locale): string {
  const es = locale === 'es' ? spanishName(entry) : null;
  return es ? `${entryLabel(entry)} · ${es}` : entryLabel(entry);
}
