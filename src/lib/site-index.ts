/**
 * Lookups across all tables: each entry with its anchor, and the resolution of
 * typed cross-references (`{ table, code }`) to links. Built once per build from
 * the registry; validate.ts has already rejected dangling references by then.
 */
import { anchorEntries, type EntryAnchor } from './anchors.ts';
import { DataError } from './data-error.ts';
import { identifierLookup, type EntryIdentifier } from './identifiers.ts';
import type { EntryBase } from '../schema/entries.ts';
import type { LibraryIdentifiers } from '../schema/identifiers.ts';
import type { Section } from '../tables/section.ts';
import type { EntryLink, TableDefinition, TableId } from '../tables/types.ts';

/** A typed cross-reference as written in the content files. */
export interface EntryRef {
  readonly table: TableId;
  readonly code: number | string;
}

/** An entry together with its anchor. */
export interface AnchoredEntry<E extends EntryBase = EntryBase> {
  readonly entry: E;
  readonly anchor: EntryAnchor;
}

export interface SiteIndex {
  readonly sections: readonly Section[];
  readonly tables: readonly TableDefinition[];
  table(id: TableId): TableDefinition;
  /** The section a table belongs to. */
  sectionOf(id: TableId): Section;
  /** A table's entries with their anchors, in order. */
  entries(id: TableId): readonly AnchoredEntry[];
  /** The entry a reference points to, or `undefined`. gRPC-style tables are referred to by constant name. */
  find(ref: EntryRef): AnchoredEntry | undefined;
  /** A link to the entry a reference points to; throws a DataError naming `from` if it does not exist. */
  link(ref: EntryRef, from: { file: string; entry: string }): EntryLink;
  /** The identifiers that name an entry in each library (and the complete libraries that lack one). */
  identifiers(table: TableId, entry: EntryBase): readonly EntryIdentifier[];
  /** The library identifier files, as given. */
  readonly libraries: readonly LibraryIdentifiers[];
}

/**
 * An entry's title, used for its heading, links, the table of contents and search
 * results: "404 Not Found", "5 NOT_FOUND". Backticks that quote code inside an
 * official message (Discord's 50035) are dropped: a heading shows plain text.
 */
export function entryLabel(entry: Pick<EntryBase, 'code' | 'name'>): string {
  return `${entry.code} ${plainName(entry)}`;
}

/** The name alone, as the title shows it: "Not Found", "NOT_FOUND". */
export function plainName(entry: Pick<EntryBase, 'name'>): string {
  return entry.name.replace(/`/g, '');
}

export function buildSiteIndex(
  sections: readonly Section[],
  libraries: readonly LibraryIdentifiers[] = [],
): SiteIndex {
  const lookupIdentifiers = identifierLookup(libraries);
  const tables = sections.flatMap((s) => s.tables);
  const byId = new Map(tables.map((t) => [t.id, t]));
  const sectionById = new Map(sections.flatMap((s) => s.tables.map((t) => [t.id, s] as const)));
  const entriesById = new Map(
    tables.map((t) => [t.id, anchorEntries(t.entries, t.anchorStyle, t.extraAnchors)]),
  );

  const table = (id: TableId): TableDefinition => {
    const t = byId.get(id);
    if (!t) throw new Error(`Table "${id}" is not in src/tables/registry.ts.`);
    return t;
  };
  const entries = (id: TableId): readonly AnchoredEntry[] => entriesById.get(id) ?? [];

  const find: SiteIndex['find'] = (ref) => {
    const t = byId.get(ref.table);
    if (!t) return undefined;
    // Tables anchored by constant (gRPC) are referred to by name (`NOT_FOUND`), every other table by code.
    const byName = typeof ref.code === 'string' && t.anchorStyle === 'constant';
    return entries(ref.table).find(({ entry }) =>
      byName ? entry.name === ref.code : String(entry.code) === String(ref.code),
    );
  };

  return {
    libraries,
    identifiers: lookupIdentifiers,
    sections,
    tables,
    table,
    sectionOf(id) {
      const s = sectionById.get(id);
      if (!s) throw new Error(`Table "${id}" is not in src/tables/registry.ts.`);
      return s;
    },
    entries,
    find,
    link(ref, from) {
      const found = find(ref);
      if (!found) {
        throw new DataError(
          from.file,
          from.entry,
          `refers to ${ref.table} code ${String(ref.code)}, which does not exist`,
          `add ${String(ref.code)} to the ${ref.table} table, or correct the reference`,
        );
      }
      return { table: ref.table, anchor: found.anchor.id, label: entryLabel(found.entry) };
    },
  };
}
