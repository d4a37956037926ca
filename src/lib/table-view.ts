/**
 * Everything a table page shows, computed from the data: each entry with its
 * anchor, facts, badges, glance-table cells and the filters it matches, grouped
 * by range where the table has groups, and the headings Starlight puts in the
 * table of contents.
 */
import type { EntryAnchor } from './anchors.ts';
import { partHeading } from './page-anchors.ts';
import { entryTitle } from './entry-title.ts';
import type { Locale } from './locales.ts';
import type { SiteIndex } from './site-index.ts';
import type { UiKey } from '../i18n/ui-strings.ts';
import type { EntryBase } from '../schema/entries.ts';
import type { Text } from '../schema/text.ts';
import type { Fact, FactValue, PartPosition, TableDefinition, Tone } from '../tables/types.ts';

/** One cell of a glance table's row; `null` is an empty cell. */
export interface GlanceCell {
  readonly value: FactValue | null;
  readonly tone?: Tone | undefined;
}

export interface EntryView {
  readonly entry: EntryBase;
  readonly anchor: EntryAnchor;
  readonly facts: readonly Fact[];
  readonly badges: readonly UiKey[];
  /** Its row in the glance table, after the code and the name (none in the `rows` layout). */
  readonly cells: readonly GlanceCell[];
  /** The ids of the filters it matches: its `data-filter`. */
  readonly filters: readonly string[];
}

export interface GroupView {
  /** `null` for the single implicit group of an ungrouped table. */
  readonly id: string | null;
  readonly title: Text | null;
  readonly items: readonly EntryView[];
}

export interface EntriesView {
  readonly grouped: boolean;
  /** `cards`: a glance table above the entries' cards; `rows`: the entries are compact rows. */
  readonly layout: 'cards' | 'rows';
  readonly groups: readonly GroupView[];
  /** The headers of the glance table's columns after the code and the name. */
  readonly columns: readonly UiKey[];
  /** The filters that match at least one entry (a chip that empties the page helps no one). */
  readonly filters: readonly { readonly id: string; readonly label: UiKey }[];
}

/** "Go, grpc-go" from the library's language and name, without the module path in parentheses. */
const libraryLabel = (l: { language: string; name: string }) =>
  `${l.language}, ${l.name.replace(/ \(.*\)$/, '')}`;

/**
 * The facts every table shows the same way, after the table's own: where it comes from,
 * former names, and the identifiers that name the entry in code. Compact rows say where
 * an entry comes from with a badge instead (`provenance: false`).
 */
export function commonFacts(
  table: TableDefinition,
  entry: EntryBase,
  site: SiteIndex,
  { provenance: withProvenance = true } = {},
): Fact[] {
  const facts: Fact[] = [];
  const provenance = table.provenance(entry);
  // Official is the rule; a community or vendor source is worth saying on the entry.
  if (withProvenance && provenance.kind !== 'official') {
    facts.push({
      label: 'fact.provenance',
      value: {
        kind: 'list',
        items: [
          { label: `provenance.${provenance.kind}`, value: { kind: 'literal', value: provenance.source } },
        ],
      },
      tone: 'warn',
    });
  }
  const former = entry.aliases?.former ?? [];
  if (former.length > 0) {
    facts.push({
      label: 'fact.formerNames',
      value: {
        kind: 'list',
        items: former.map((f) => ({ label: { literal: f.name }, value: { kind: 'text', text: f.changed } })),
      },
    });
  }
  const ids = site.identifiers(table.id, entry);
  if (ids.length > 0) {
    facts.push({
      label: 'fact.identifiers',
      value: {
        kind: 'list',
        items: ids.map((i) => ({
          label: { literal: libraryLabel(i.library) },
          value: i.identifier
            ? { kind: 'code', value: [i.identifier, ...i.also] }
            : { kind: 'ui', key: 'identifiers.none' },
        })),
      },
    });
  }
  return facts;
}

/** A compact row names a community or vendor source in a badge, where a card has a fact. */
function provenanceBadge(table: TableDefinition, entry: EntryBase): UiKey[] {
  const { kind } = table.provenance(entry);
  return kind === 'official' ? [] : [`provenance.${kind}`];
}

export function entriesView(table: TableDefinition, site: SiteIndex): EntriesView {
  const { glance } = table;
  const rows = glance.layout === 'rows';
  const columns = glance.layout === 'rows' ? [] : glance.columns;
  const filters = glance.filters ?? [];
  const items: EntryView[] = site.entries(table.id).map(({ entry, anchor }) => ({
    entry,
    anchor,
    facts: [...table.facts(entry, site), ...commonFacts(table, entry, site, { provenance: !rows })],
    badges: [...(table.badges?.(entry) ?? []), ...(rows ? provenanceBadge(table, entry) : [])],
    cells: columns.map((c) => ({ value: c.cell(entry, site), tone: c.tone?.(entry) })),
    filters: filters.filter((f) => f.matches(entry)).map((f) => f.id),
  }));
  const shared = {
    layout: rows ? ('rows' as const) : ('cards' as const),
    columns: columns.map((c) => c.header),
    filters: filters
      .filter((f) => items.some((it) => it.filters.includes(f.id)))
      .map(({ id, label }) => ({ id, label })),
  };
  if (!table.groups) return { ...shared, grouped: false, groups: [{ id: null, title: null, items }] };
  return {
    ...shared,
    grouped: true,
    groups: table.groups
      .map((g) => ({
        id: g.id,
        title: g.title,
        items: items.filter(
          (it) => typeof it.entry.code === 'number' && it.entry.code >= g.from && it.entry.code <= g.to,
        ),
      }))
      .filter((g) => g.items.length > 0),
  };
}

export interface TocHeading {
  readonly depth: number;
  readonly slug: string;
  readonly text: string;
}

/**
 * The table of contents: every entry for short tables, only the range groups for
 * grouped ones (a list of 840 codes is not a table of contents), with the extra
 * parts that have their own heading before or after them, then the sections.
 */
export function tocHeadings(
  table: TableDefinition,
  view: EntriesView,
  site: SiteIndex,
  locale: Locale,
): TocHeading[] {
  const entries: TocHeading[] = view.grouped
    ? view.groups.map((g) => ({ depth: 2, slug: g.id ?? '', text: g.title?.[locale] ?? '' }))
    : view.groups.flatMap((g) =>
        g.items.map((it) => ({ depth: 2, slug: it.anchor.id, text: entryTitle(it.entry, locale) })),
      );
  const parts = table.parts?.(site) ?? [];
  const headingsAt = (at: Extract<PartPosition, string>): TocHeading[] =>
    parts.flatMap((p) => {
      const heading = p.at === at ? partHeading(p) : undefined;
      return heading ? [{ depth: 2, slug: heading.id, text: heading.title[locale] }] : [];
    });
  const sections = (table.meta.sections ?? []).map((s) => ({ depth: 2, slug: s.id, text: s.title[locale] }));
  return [
    ...headingsAt('after-intro'),
    ...headingsAt('before-entries'),
    ...entries,
    ...headingsAt('after-entries'),
    ...sections,
  ];
}
