/**
 * What the page generator needs to know about a table: its data, how its
 * anchors are named, which facts each entry shows and exports. One module per
 * table in this folder builds a `TableDefinition`; `registry.ts` lists them.
 */
import type { AnchorStyle } from '../lib/anchors.ts';
import type { UiKey } from '../i18n/ui-strings.ts';
import type { EntryBase, TableMeta } from '../schema/entries.ts';
import type { Text } from '../schema/text.ts';
import type { SiteIndex } from '../lib/site-index.ts';

export const tableIds = [
  'discord/gateway-opcodes',
  'discord/gateway-close-codes',
  'discord/voice-opcodes',
  'discord/voice-close-codes',
  'discord/http-status-codes',
  'discord/json-error-codes',
  'discord/rpc-error-codes',
  'discord/rpc-close-codes',
  'grpc/status-codes',
  'http/status-codes',
] as const;

export type TableId = (typeof tableIds)[number];
export type SectionId = 'discord' | 'grpc' | 'http';
export type SearchTier = 'primary' | 'secondary';

/** A link to another entry, before a locale is applied. */
export interface EntryLink {
  readonly table: TableId;
  readonly anchor: string;
  /** Not translated: "404 Not Found", "14 UNAVAILABLE". */
  readonly label: string;
}

/** The value of one fact; the component turns it into text or links in the page's language. */
export type FactValue =
  /** A translated UI string (an enum value such as a direction). */
  | { readonly kind: 'ui'; readonly key: UiKey }
  /** A bilingual text from the data. */
  | { readonly kind: 'text'; readonly text: Text }
  /** A literal shown as code (a constant, a message, an enum name). */
  | { readonly kind: 'code'; readonly value: string }
  /** Plain literal text that is the same in every language. */
  | { readonly kind: 'literal'; readonly value: string }
  /** Links to other entries on the site. */
  | { readonly kind: 'entries'; readonly links: readonly EntryLink[]; readonly suffix?: UiKey }
  /** A link to an outside authority. */
  | { readonly kind: 'external'; readonly label: string; readonly url: string }
  /** A list of bilingual items, each optionally prefixed by a UI label. */
  | { readonly kind: 'list'; readonly items: readonly { readonly label?: UiKey; readonly text: Text }[] };

export interface Fact {
  readonly label: UiKey;
  readonly value: FactValue;
  /** Colours the value: `go` (retry/reconnect), `stop` (don't), `warn` (undocumented, deprecated). */
  readonly tone?: 'go' | 'stop' | 'warn';
}

/** A labelled range of codes, for long tables (Discord's JSON error codes). */
export interface CodeGroup {
  /** Anchor id of the group heading, e.g. `10xxx`. */
  readonly id: string;
  readonly title: Text;
  /** Inclusive bounds. */
  readonly from: number;
  readonly to: number;
}

export interface TableDefinition<E extends EntryBase = EntryBase> {
  readonly id: TableId;
  readonly section: SectionId;
  /** Path of the content file, for error messages: `content/grpc/status-codes.ts`. */
  readonly file: string;
  readonly meta: TableMeta;
  readonly entries: readonly E[];
  readonly anchorStyle: AnchorStyle;
  /** Inclusive range every numeric code must fall in; a code outside it is a data error. */
  readonly codeRange: { readonly min: number; readonly max: number };
  /** Non-numeric codes the table allows (Discord's `5xx`). */
  readonly allowedTextCodes?: readonly string[];
  /** Groups for long tables; every entry must fall in exactly one. */
  readonly groups?: readonly CodeGroup[];
  /** The facts shown under an entry's heading, in order. */
  facts(entry: E, site: SiteIndex): readonly Fact[];
  /** The entry's own facts in the JSON export, under self-explanatory keys. */
  exportFacts(entry: E, site: SiteIndex): Record<string, unknown>;
  /** Short labels next to the heading (e.g. "Non-standard", "Client only"). */
  badges?(entry: E): readonly UiKey[];
  /**
   * `secondary` entries rank below `primary` ones when both match a search equally
   * (undocumented client-only codes, community-observed JSON errors, RPC codes).
   * Default: `primary`.
   */
  searchTier?(entry: E): SearchTier;
}

/** Undocumented, client-only Discord codes rank below the documented bot API in search. */
export function tierByAvailability(entry: { readonly availability: 'bot-api' | 'client-only' }): SearchTier {
  return entry.availability === 'client-only' ? 'secondary' : 'primary';
}

/** Keeps the entry type while checking the definition against the interface. */
export function defineTable<E extends EntryBase>(def: TableDefinition<E>): TableDefinition<E> {
  return def;
}
