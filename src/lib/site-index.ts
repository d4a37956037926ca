/**
 * Lookups across all tables: each entry's anchor and the resolution of typed
 * cross-references (`{ table, code }`) to links. Built once per build from the
 * registry; validate.ts has already rejected dangling references by then.
 */
import { computeAnchors, type EntryAnchor } from './anchors.ts';
import { DataError } from './data-error.ts';
import type { EntryBase } from '../schema/entries.ts';
import type { EntryLink, TableDefinition, TableId } from '../tables/types.ts';

/** A typed cross-reference as written in the content files. */
export interface EntryRef {
  readonly table: TableId;
  readonly code: number | string;
}

export interface SiteIndex {
  readonly tables: readonly TableDefinition[];
  table(id: TableId): TableDefinition;
  /** Anchors of a table's entries, parallel to `entries`. */
  anchors(id: TableId): readonly EntryAnchor[];
  /** The entry a reference points to, or `undefined`. gRPC references use the constant name. */
  find(ref: EntryRef): { entry: EntryBase; anchor: EntryAnchor } | undefined;
  /** A link to the entry a reference points to; throws a DataError naming `from` if it does not exist. */
  link(ref: EntryRef, from: { file: string; entry: string }): EntryLink;
}

/**
 * An entry's title, used for its heading, links, the table of contents and search
 * results: "404 Not Found", "5 NOT_FOUND". Backticks that quote code inside an
 * official message (Discord's 50035) are dropped: a heading shows plain text.
 */
export function entryLabel(entry: Pick<EntryBase, 'code' | 'name'>): string {
  return `${entry.code} ${entry.name.replace(/`/g, '')}`;
}

export function buildSiteIndex(tables: readonly TableDefinition[]): SiteIndex {
  const byId = new Map(tables.map((t) => [t.id, t]));
  const anchorsById = new Map(tables.map((t) => [t.id, computeAnchors(t.entries, t.anchorStyle)]));

  const table = (id: TableId): TableDefinition => {
    const t = byId.get(id);
    if (!t) throw new Error(`Table "${id}" is not in src/tables/registry.ts.`);
    return t;
  };
  const anchors = (id: TableId): readonly EntryAnchor[] => anchorsById.get(id) ?? [];

  const find: SiteIndex['find'] = (ref) => {
    const t = byId.get(ref.table);
    if (!t) return undefined;
    // gRPC entries are referred to by constant name (`NOT_FOUND`), every other table by code.
    const i = t.entries.findIndex((e) =>
      typeof ref.code === 'string' && t.anchorStyle === 'constant'
        ? e.name === ref.code
        : String(e.code) === String(ref.code),
    );
    const entry = t.entries[i];
    const anchor = anchors(ref.table)[i];
    return entry && anchor ? { entry, anchor } : undefined;
  };

  return {
    tables,
    table,
    anchors,
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
