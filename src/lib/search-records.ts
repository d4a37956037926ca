/**
 * The search index's records: one per entry and language, whose URL is the
 * entry's anchor, plus one per table page and prose section. Short records let
 * an exact code or constant rank first instead of drowning in a long page.
 */
import { identifierTerms } from './identifiers.ts';
import { locales, type Locale } from './locales.ts';
import { proseToPlainText } from './prose.ts';
import { entryTitle } from './entry-title.ts';
import type { SiteIndex } from './site-index.ts';
import { entryHref, tableHref } from './urls.ts';
import type { EntryBase } from '../schema/entries.ts';
import type { SearchTier, TableDefinition } from '../tables/types.ts';

export interface SearchRecord {
  /** Site-relative URL, with `#anchor` for entries and sections. */
  readonly url: string;
  readonly language: Locale;
  /** A minimal HTML document for Pagefind: weights and metadata as data attributes. */
  readonly html: string;
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Words people type for a name: `NOT_FOUND` → `not found`, `Invalid \`seq\`` → `Invalid seq`. */
export function nameVariants(name: string): string[] {
  const plain = name.replace(/`/g, '');
  const spaced = plain.replace(/_/g, ' ');
  return [...new Set([plain, spaced])];
}

/**
 * The record's title names its table ("4014 Disallowed intent(s) · Discord Gateway close
 * codes"); no separate metadata repeats it, since Pagefind UI would show that under an
 * untranslated "Table:" label.
 */
function recordHtml(language: Locale, title: string, parts: { weight: number; text: string }[]): string {
  const body = parts
    .filter((p) => p.text.trim() !== '')
    .map((p) => `<p data-pagefind-weight="${p.weight}">${escapeHtml(p.text)}</p>`)
    .join('');
  return (
    `<!doctype html><html lang="${language}"><head><title>${escapeHtml(title)}</title></head>` +
    `<body><main data-pagefind-body>` +
    `<span data-pagefind-meta="title:${escapeHtml(title)}"></span>` +
    `${body}</main></body></html>`
  );
}

/** Pagefind weights (0–10) of an entry's code and name, by search tier. Descriptions weigh 1. */
const entryWeights: Record<SearchTier, { code: number; name: number }> = {
  primary: { code: 10, name: 8 },
  secondary: { code: 7, name: 6 },
};

/**
 * The names of an entry a reader may type in a language: the wire name and its
 * variants, the Spanish name on Spanish records, former and other names (English
 * ones in both languages: Spanish speakers use the English jargon too), and any
 * terms the table adds.
 */
export function entryNames(table: TableDefinition, entry: EntryBase, language: Locale): string[] {
  const names = [
    ...nameVariants(entry.name),
    ...(language === 'es' && typeof entry.nameEs === 'string' ? [entry.nameEs] : []),
    ...(entry.aliases?.former ?? []).map((f) => f.name),
    ...(entry.aliases?.en ?? []),
    ...(language === 'es' ? (entry.aliases?.es ?? []) : []),
    ...(table.search?.terms?.(entry) ?? []),
  ];
  return [...new Set(names)];
}

export function searchRecords(site: SiteIndex): SearchRecord[] {
  return locales.flatMap((language) =>
    site.tables.flatMap((table) => {
      const tableTitle = table.meta.title[language];
      const page: SearchRecord = {
        url: tableHref(language, table.id),
        language,
        html: recordHtml(language, tableTitle, [
          { weight: 6, text: tableTitle },
          { weight: 1, text: proseToPlainText(table.meta.intro[language]) },
        ]),
      };
      const entries = site.entries(table.id).map(({ entry, anchor }): SearchRecord => {
        const weights = entryWeights[table.search?.tier?.(entry) ?? 'primary'];
        const nameWeight = table.search?.nameIsIdentifier ? weights.code : weights.name;
        const provenance = table.provenance(entry);
        const title = `${entryTitle(entry, language)} · ${tableTitle}`;
        return {
          url: entryHref(language, { table: table.id, anchor: anchor.id }),
          language,
          html: recordHtml(language, title, [
            { weight: weights.code, text: String(entry.code) },
            // An identifier from code (`codes.Canceled`) is typed as exactly as the number.
            { weight: weights.code, text: identifierTerms(site.identifiers(table.id, entry)).join(' ') },
            { weight: nameWeight, text: entryNames(table, entry, language).join(' · ') },
            // Official is the default; only a community or vendor source is worth finding by name.
            { weight: 2, text: provenance.kind === 'official' ? '' : provenance.source },
            { weight: 1, text: proseToPlainText(entry.description[language]) },
            ...(entry.notes ?? []).map((n) => ({ weight: 0.5, text: proseToPlainText(n.text[language]) })),
          ]),
        };
      });
      const sections = (table.meta.sections ?? []).map((s): SearchRecord => ({
        url: `${tableHref(language, table.id)}#${s.id}`,
        language,
        html: recordHtml(language, `${s.title[language]} · ${tableTitle}`, [
          { weight: 5, text: s.title[language] },
          { weight: 1, text: proseToPlainText(s.body[language]) },
        ]),
      }));
      return [page, ...entries, ...sections];
    }),
  );
}
