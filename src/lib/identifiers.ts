/**
 * The identifiers that name each entry in the libraries people write code with,
 * looked up per entry from the per-library files under content/identifiers/.
 * A library that means to name every code (`coverage: 'complete'`) and lacks one
 * is reported too: "Go has no constant for 499" is worth knowing.
 */
import type { EntryBase } from '../schema/entries.ts';
import type { Library, LibraryIdentifiers } from '../schema/identifiers.ts';

export interface EntryIdentifier {
  readonly library: Library;
  /** The identifier as code writes it; `null` when a complete-coverage library has none for the entry. */
  readonly identifier: string | null;
  readonly also: readonly string[];
}

/** Indexes the libraries by table, so each entry's lookup is cheap. */
export function identifierLookup(libraries: readonly LibraryIdentifiers[]) {
  const byTable = new Map<string, LibraryIdentifiers[]>();
  for (const l of libraries) byTable.set(l.table, [...(byTable.get(l.table) ?? []), l]);
  return (table: string, entry: Pick<EntryBase, 'code' | 'name'>): EntryIdentifier[] =>
    (byTable.get(table) ?? []).flatMap((l): EntryIdentifier[] => {
      const found = l.identifiers.find(
        (i) => i.code === entry.code && (i.entryName === undefined || i.entryName === entry.name),
      );
      if (found) return [{ library: l.library, identifier: found.identifier, also: found.also ?? [] }];
      // Only a library that names every code says something by lacking one.
      return l.coverage === 'complete' ? [{ library: l.library, identifier: null, also: [] }] : [];
    });
}

/** Every identifier string of an entry, for search: the current ones and the older spellings. */
export function identifierTerms(ids: readonly EntryIdentifier[]): string[] {
  return ids.flatMap((i) => (i.identifier ? [i.identifier, ...i.also] : []));
}
