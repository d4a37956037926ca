/**
 * The search index's records: one per entry and language, whose URL is the
 * entry's anchor, plus one per table page and prose section. Short records let
 * an exact code or constant rank first instead of drowning in a long page.
 */
import { identifierTerms } from './identifiers.ts';
import { locales, type Locale } from './locales.ts';
import { proseToPlainText } from './prose.ts';
import { entryTitle } from './entry-title.ts';
import { identifiersWords, isConstant, markRepeatedWords, type NameWord } from './search-words.ts';
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
 * A paragraph of a record: plain text, or names whose repeated words weigh nothing (namesParts).
 * `searchOnly` text is there to be found, not read (library constants in the one-word form
 * Pagefind searches for): it comes last, and an excerpt does not start in it (recordHtml).
 */
type RecordPart =
  | { weight: number; text: string; searchOnly?: true }
  | { weight: number; names: NameWord[][]; searchOnly?: never };

/**
 * The word that opens a record's text to be found but not read, for the patched engine
 * (src/integrations/search-excerpt.ts): a record that only those words matched shows its
 * opening as its excerpt, and no excerpt reaches them. An invisible separator (U+2063), not
 * metadata: Pagefind makes metadata searchable, so a count such as `9` would match the query
 * `9`. No one types it.
 */
export const searchOnlyMarker = '\u2063';

/**
 * Names as one paragraph, each whole and ended by a semicolon (unless it ends a sentence), so
 * that a result's excerpt reads as a list. A repeated word weighs 0: it is still shown and
 * highlighted, but adds nothing to the entry's rank. The semicolon goes inside the last
 * word's element, or Pagefind would set it apart with a space.
 */
function namesHtml(names: readonly (readonly NameWord[])[]): string {
  const html = (w: NameWord, text: string) =>
    w.repeated ? `<span data-pagefind-weight="0">${escapeHtml(text)}</span>` : escapeHtml(text);
  return names
    .map((name) =>
      name
        .map((w, i) => html(w, i === name.length - 1 && !/[.!?;:]$/.test(w.word) ? `${w.word};` : w.word))
        .join(' '),
    )
    .join(' ');
}

const partHtml = (p: RecordPart): string => ('names' in p ? namesHtml(p.names) : escapeHtml(p.text));
const isEmpty = (p: RecordPart): boolean => ('names' in p ? p.names.length === 0 : p.text.trim() === '');

/**
 * The record's title names its table ("4014 Disallowed intent(s) · Discord Gateway close
 * codes"); no separate metadata repeats it, since Pagefind UI would show that under an
 * untranslated "Table:" label.
 */
function recordHtml(language: Locale, title: string, parts: RecordPart[]): string {
  const shown = parts.filter((p) => !isEmpty(p));
  const firstSearchOnly = shown.findIndex((p) => p.searchOnly);
  if (firstSearchOnly !== -1 && shown.slice(firstSearchOnly).some((p) => !p.searchOnly)) {
    throw new Error(`Search record "${title}": text to be found but not read must come after the rest.`);
  }
  const body = shown
    .map((p, i) => {
      const marker = i === firstSearchOnly ? `${searchOnlyMarker} ` : '';
      return `<p data-pagefind-weight="${p.weight}">${marker}${partHtml(p)}</p>`;
    })
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
 * The weight of an entry's library constants (`codes.Canceled`), written as the words
 * Pagefind searches for (see identifiersWords). Those words belong to one entry, so they
 * rank it first at any weight; the weight only sets how much a snake_case constant's
 * parts add to plain words (Pagefind still splits `too_many_requests` at `_`, since a
 * query keeps `_`): about as much as a word of the description. At the code's weight,
 * four libraries' `…_RATE_LIMIT` constants put Discord's JSON errors above HTTP 429 for
 * `rate limit`.
 */
const identifierWeight = 3;

/**
 * The names of an entry a reader may type in a language. `own`: its names in that
 * language (on Spanish records, the Spanish name, or the wire name where Spanish keeps
 * it, and the Spanish aliases). `other`: the English names a Spanish speaker may type as
 * jargon (the wire name and its variants, former and other names, the table's terms);
 * on English records they are all `own`. Aliases written as constants are not here: they
 * are indexed with the entry's library constants (see entryConstants).
 */
export function entryNames(
  table: TableDefinition,
  entry: EntryBase,
  language: Locale,
): { own: string[]; other: string[] } {
  const english = [
    ...nameVariants(entry.name),
    ...(entry.aliases?.former ?? []).map((f) => f.name),
    ...(entry.aliases?.en ?? []).filter((a) => !isConstant(a)),
    ...(table.search?.terms?.(entry) ?? []),
  ];
  if (language === 'en') return { own: [...new Set(english)], other: [] };
  const spanish = [
    ...(typeof entry.nameEs === 'string' ? [entry.nameEs] : nameVariants(entry.name)),
    ...(entry.aliases?.es ?? []).filter((a) => !isConstant(a)),
  ];
  return { own: [...new Set(spanish)], other: [...new Set(english)] };
}

/**
 * The constants that name an entry in code: its library identifiers, and any alias
 * written as a constant (`CLOSE_ABNORMAL` on WebSocket 1006). Weighed as constants, such
 * an alias no longer outranks the entry whose own name it is (Discord RPC close code 1006
 * `CLOSE_ABNORMAL`), nor counts its parts (`close`, `abnormal`) as name words. A constant
 * reads the same in both languages, so any alias of either counts.
 */
function entryConstants(site: SiteIndex, table: TableDefinition, entry: EntryBase): string[] {
  const aliases = [...(entry.aliases?.en ?? []), ...(entry.aliases?.es ?? [])].filter(isConstant);
  return [...identifierTerms(site.identifiers(table.id, entry)), ...aliases];
}

/**
 * The names' paragraphs, each word counted once (see markRepeatedWords). English names on a
 * Spanish record weigh a step less: the Spanish stemmer reads them as Spanish words
 * (`later` stems like `latido`), so they must not tie with the entry's Spanish names.
 */
function namesParts(names: { own: string[]; other: string[] }, weight: number): RecordPart[] {
  const seen = new Set<string>();
  return [
    { weight, names: markRepeatedWords(names.own, seen) },
    { weight: weight - 1, names: markRepeatedWords(names.other, seen) },
  ];
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
            ...namesParts(entryNames(table, entry, language), nameWeight),
            // Official is the default; only a community or vendor source is worth finding by name.
            { weight: 2, text: provenance.kind === 'official' ? '' : provenance.source },
            { weight: 1, text: proseToPlainText(entry.description[language]) },
            ...(entry.notes ?? []).map((n) => ({ weight: 0.5, text: proseToPlainText(n.text[language]) })),
            // Last, so that a result's excerpt starts with the code and the names, not with
            // the constants in the lower-case form they are indexed in.
            {
              weight: identifierWeight,
              text: identifiersWords(entryConstants(site, table, entry)).join(' '),
              searchOnly: true,
            },
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
