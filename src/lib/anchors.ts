/**
 * Anchor ids, computed from the data and never from translated text, so an
 * English and a Spanish link to the same entry share their `#fragment`.
 * The rules are the public contract in product.md:
 * - Discord and HTTP entries: the code itself (`#4004`, `#5xx`).
 * - gRPC entries: the constant in kebab case (`#not-found`), and the number (`#5`) as an alias.
 * - A table may add ids of its own (HTTP/2's hex value: `#refused-stream`, `#7`, `#0x7`).
 * - Two entries with one code in a table: `#<code>-<name-slug>` each, and `#<code>` on the first.
 */

/** How a table names its entries' anchors. */
export type AnchorStyle = 'code' | 'constant';

export interface EntryAnchor {
  /** The id of the entry's heading. */
  readonly id: string;
  /** Extra ids that land on the same entry (empty elements placed before the heading). */
  readonly aliases: readonly string[];
}

interface AnchorSource {
  readonly code: number | string;
  readonly name: string;
}

/** Further ids a table lets land on an entry (HTTP/2's hex value, `#0x7`). */
export type ExtraAnchors<E> = (entry: E) => readonly string[];

/** Lower-case kebab slug of a name: "Clients Connect" → "clients-connect", "NOT_FOUND" → "not-found". */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Computes every entry's anchor, in order. */
export function computeAnchors<E extends AnchorSource>(
  entries: readonly E[],
  style: AnchorStyle,
  extra: ExtraAnchors<E> = () => [],
): EntryAnchor[] {
  return baseAnchors(entries, style).map((a, i) => ({
    ...a,
    aliases: [...a.aliases, ...extra(entries[i]!)],
  }));
}

function baseAnchors(entries: readonly AnchorSource[], style: AnchorStyle): EntryAnchor[] {
  if (style === 'constant') return entries.map((e) => ({ id: slugify(e.name), aliases: [String(e.code)] }));
  const countByCode = new Map<string, number>();
  for (const e of entries) countByCode.set(String(e.code), (countByCode.get(String(e.code)) ?? 0) + 1);
  const seen = new Set<string>();
  return entries.map((e) => {
    const code = String(e.code);
    if ((countByCode.get(code) ?? 0) < 2) return { id: code, aliases: [] };
    const first = !seen.has(code);
    seen.add(code);
    return { id: `${code}-${slugify(e.name)}`, aliases: first ? [code] : [] };
  });
}

/** Each entry paired with its anchor, in order. */
export function anchorEntries<E extends AnchorSource>(
  entries: readonly E[],
  style: AnchorStyle,
  extra?: ExtraAnchors<E>,
): { readonly entry: E; readonly anchor: EntryAnchor }[] {
  const anchors = computeAnchors(entries, style, extra);
  return entries.map((entry, i) => ({ entry, anchor: anchors[i]! }));
}
