/**
 * Everything a table page shows, computed from the data: each entry with its
 * anchor, facts and badges, grouped by range where the table has groups, and the
 * headings Starlight puts in the table of contents.
 */
import type { EntryAnchor } from './anchors.ts';
import { entryLabel, type SiteIndex } from './site-index.ts';
import type { Locale } from './locales.ts';
import type { UiKey } from '../i18n/ui-strings.ts';
import type { EntryBase } from '../schema/entries.ts';
import type { Text } from '../schema/text.ts';
import type { Fact, TableDefinition } from '../tables/types.ts';

export interface EntryView {
  readonly entry: EntryBase;
  readonly anchor: EntryAnchor;
  readonly facts: readonly Fact[];
  readonly badges: readonly UiKey[];
}

export interface GroupView {
  /** `null` for the single implicit group of an ungrouped table. */
  readonly id: string | null;
  readonly title: Text | null;
  readonly items: readonly EntryView[];
}

export interface EntriesView {
  readonly grouped: boolean;
  readonly groups: readonly GroupView[];
}

export function entriesView(table: TableDefinition, site: SiteIndex): EntriesView {
  const anchors = site.anchors(table.id);
  const items: EntryView[] = table.entries.map((entry, i) => ({
    entry,
    anchor: anchors[i]!,
    facts: table.facts(entry, site),
    badges: table.badges?.(entry) ?? [],
  }));
  if (!table.groups) return { grouped: false, groups: [{ id: null, title: null, items }] };
  return {
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
 * grouped ones (a list of 840 codes is not a table of contents), then the sections.
 */
export function tocHeadings(table: TableDefinition, view: EntriesView, locale: Locale): TocHeading[] {
  const entries: TocHeading[] = view.grouped
    ? view.groups.map((g) => ({ depth: 2, slug: g.id ?? '', text: g.title?.[locale] ?? '' }))
    : view.groups.flatMap((g) =>
        g.items.map((it) => ({ depth: 2, slug: it.anchor.id, text: entryLabel(it.entry) })),
      );
  const sections = (table.meta.sections ?? []).map((s) => ({ depth: 2, slug: s.id, text: s.title[locale] }));
  return [...entries, ...sections];
}
