/**
 * Every paragraph a reader sees, in each language, with where to fix it: the
 * texts of every table (meta, entries, groups, extra page parts), the Spanish
 * entry names and the UI strings. Aliases are search terms, not prose, and are
 * left out (`findTexts` keeps only a former name's `changed`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Language } from '../../src/lib/glossary.ts';
import { buildSiteIndex } from '../../src/lib/site-index.ts';
import { findTexts } from '../../src/lib/texts.ts';
import type { EntryBase } from '../../src/schema/entries.ts';
import { sections, tables } from '../../src/tables/registry.ts';

export interface Located {
  /** The file a person edits to fix it. */
  readonly file: string;
  /** `4004 Authentication failed`, `meta`, `groups`, a UI key. */
  readonly where: string;
  readonly path: string;
  readonly table?: string;
  readonly language: Language;
  readonly text: string;
}

const paragraphs = (p: string | readonly string[]) => (typeof p === 'string' ? [p] : p);

/** Tables split over several files name their folder; find the file whose range holds the code. */
function fileOf(tableFile: string, code: number | string): string {
  if (!tableFile.endsWith('/')) return tableFile;
  const file = readdirSync(tableFile).find((f) => {
    const range = /^(\d+)-(\d+)\.ts$/.exec(f);
    return range && Number(code) >= Number(range[1]) && Number(code) <= Number(range[2]);
  });
  return file ? tableFile + file : tableFile;
}

export function everyText(): Located[] {
  const site = buildSiteIndex(sections);
  const out: Located[] = [];
  const add = (file: string, where: string, value: unknown, table: string, prefix = '') => {
    for (const t of findTexts(value, prefix))
      for (const language of ['en', 'es'] as const)
        for (const text of paragraphs(t[language]))
          out.push({ file, where, path: t.path, table, language, text });
  };
  for (const t of tables) {
    const indexFile = t.file.endsWith('/') ? `${t.file}index.ts` : t.file;
    add(indexFile, 'meta', t.meta, t.id, 'meta');
    add(indexFile, 'groups', t.groups ?? [], t.id, 'groups');
    add(indexFile, 'page parts', t.parts?.(site) ?? [], t.id, 'parts');
    for (const e of t.entries as readonly EntryBase[]) {
      const file = fileOf(t.file, e.code);
      const where = `${e.code} ${e.name}`;
      add(file, where, e, t.id);
      if (typeof e.nameEs === 'string')
        out.push({ file, where, path: 'nameEs', table: t.id, language: 'es', text: e.nameEs });
    }
  }
  for (const language of ['en', 'es'] as const) {
    const file = `src/content/i18n/${language}.json`;
    const strings = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    for (const [key, text] of Object.entries(strings))
      out.push({ file, where: key, path: key, language, text });
  }
  return out;
}
