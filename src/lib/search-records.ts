/**
 * The search index's records: one per entry and language, whose URL is the
 * entry's anchor, plus one per table page and prose section. Short records let
 * an exact code or constant rank first instead of drowning in a long page.
 */
import { locales, type Locale } from './locales.ts';
import { proseToPlainText } from './prose.ts';
import { entryLabel, type SiteIndex } from './site-index.ts';
import { entryHref, tableHref } from './urls.ts';
import type { SearchTier } from '../tables/types.ts';

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

export function searchRecords(site: SiteIndex): SearchRecord[] {
  return locales.flatMap((language) =>
    site.tables.flatMap((table) => {
      const tableTitle = table.meta.title[language];
      const anchors = site.anchors(table.id);
      const page: SearchRecord = {
        url: tableHref(language, table.id),
        language,
        html: recordHtml(language, tableTitle, [
          { weight: 6, text: tableTitle },
          { weight: 1, text: proseToPlainText(table.meta.intro[language]) },
        ]),
      };
      const entries = table.entries.map((entry, i): SearchRecord => {
        const anchor = anchors[i]!;
        const weights = entryWeights[table.searchTier?.(entry) ?? 'primary'];
        // In the gRPC table the constant is the identifier people type, as much as the number.
        const nameWeight = table.anchorStyle === 'constant' ? weights.code : weights.name;
        const heading = entryLabel(entry);
        const extra =
          'observedMessage' in entry && typeof entry.observedMessage === 'string'
            ? entry.observedMessage
            : '';
        return {
          url: entryHref(language, { table: table.id, anchor: anchor.id }),
          language,
          html: recordHtml(language, `${heading} · ${tableTitle}`, [
            { weight: weights.code, text: String(entry.code) },
            { weight: nameWeight, text: [...nameVariants(entry.name), extra].join(' · ') },
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
