/**
 * Everything the site knows about a table, declared in one place: its data,
 * how its anchors are named, the facts each entry shows, how it ranks in search,
 * what it exports (with the export's schema), and any extra parts of its page.
 * One module per table in this folder calls `defineTable`; `registry.ts` lists
 * them. Generic code (route, search, export, validation) reads only this shape.
 */
import type { z } from 'astro/zod';
import type { AnchorStyle } from '../lib/anchors.ts';
import type { UiKey } from '../i18n/ui-strings.ts';
import type { EntryBase, TableMeta } from '../schema/entries.ts';
import type { Citation, Prose, Text } from '../schema/text.ts';
import type { SiteIndex } from '../lib/site-index.ts';
import type { PasteContext } from '../lib/paste.ts';

/** `<section>/<table>`, which is also the page's path: `grpc/status-codes`. */
export type TableId = string;

/** Search ranks `secondary` entries below `primary` ones when both match a query equally. */
export type SearchTier = 'primary' | 'secondary';

/**
 * A link to another entry, before a locale is applied; or to another place on a table's
 * page (a row or a section), or to the page itself. validate.ts checks that the anchor exists.
 */
export interface EntryLink {
  readonly table: TableId;
  /** The entry's anchor, a row or section id; none for the top of the page. */
  readonly anchor?: string;
  /** An entry's label is not translated ("404 Not Found", "14 UNAVAILABLE"); a page's or section's title is. */
  readonly label: string | Text;
}

/** A name in a list of names: a literal (a product) or a UI string. */
export type NameItem = UiKey | { readonly literal: string };

/** The value of one fact; the component turns it into text or links in the page's language. */
export type FactValue =
  /** A translated UI string (an enum value such as a direction). */
  | { readonly kind: 'ui'; readonly key: UiKey }
  /** A bilingual text from the data. */
  | { readonly kind: 'text'; readonly text: Text | Prose }
  /** Literals shown as code (constants, messages, field names), comma-separated. */
  | { readonly kind: 'code'; readonly value: string | readonly string[] }
  /** Plain literal text that is the same in every language. */
  | { readonly kind: 'literal'; readonly value: string }
  /** Links to other entries on the site. */
  | { readonly kind: 'entries'; readonly links: readonly EntryLink[]; readonly suffix?: UiKey }
  /** A link to an outside authority. */
  | { readonly kind: 'external'; readonly label: string; readonly url: string }
  /** A list of items, each optionally prefixed by a label (a UI string, or a literal such as a language name). */
  | {
      readonly kind: 'list';
      readonly items: readonly {
        readonly label?: NameItem;
        readonly value: FactValue;
      }[];
    }
  /** Names joined as the language joins a list: "A, B and C", "A, B y C". */
  | { readonly kind: 'names'; readonly names: readonly NameItem[] }
  /**
   * A UI string with `{placeholders}`, each filled with a value: a sentence whose word
   * order each language chooses ("{names} agree: {http}").
   */
  | {
      readonly kind: 'template';
      readonly key: UiKey;
      readonly values: Readonly<Record<string, FactValue>>;
    };

/** Colours a value: `go` (retry/reconnect), `stop` (don't), `warn` (undocumented, deprecated). */
export type Tone = 'go' | 'stop' | 'warn';

export interface Fact {
  readonly label: UiKey;
  readonly value: FactValue;
  readonly tone?: Tone;
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

/**
 * Where an entry's facts come from. `official`: the authority's own documentation or
 * registry; `community`: documented by a community project from what the API does;
 * `vendor`: a code one product sends, outside the standard.
 */
export interface Provenance {
  readonly kind: 'official' | 'community' | 'vendor';
  /** The source's name as readers know it: "Discord Userdoccers", "nginx", "IANA". */
  readonly source: string;
}

/** One cell of an extra table: one value, or several shown one after another. */
export type Cell = FactValue | readonly FactValue[];

/** A small table of reference data on a table's page (the gRPC page's `Status` fields). */
export interface DataTable {
  /** Its own section heading and anchor, when it stands alone after the entries. */
  readonly heading?: { readonly id: string; readonly title: Text; readonly intro?: Prose };
  /** The caption, when the table sits inside a prose section (which gives the heading). */
  readonly caption?: UiKey | Text;
  /** Column headers: UI strings, or texts from the data. */
  readonly columns: readonly (UiKey | Text)[];
  /** The first cell of each row is its header; `id` makes the row a link target. */
  readonly rows: readonly { readonly id?: string; readonly cells: readonly Cell[] }[];
  readonly source?: Citation;
}

/**
 * A diagram of links between two columns of items, drawn at build time (gRPC codes on
 * one side, HTTP statuses on the other). Each series is one set of links, drawn in its
 * own line style with arrowheads showing its direction, and listed in the legend.
 */
export interface TwoColumnDiagram {
  readonly kind: 'two-column';
  /** The image's accessible name and description (`<title>`, `<desc>`). */
  readonly title: Text;
  readonly description: Text;
  readonly columns: readonly [DiagramColumn, DiagramColumn];
  readonly series: readonly DiagramSeries[];
}

export interface DiagramColumn {
  readonly title: Text;
  readonly nodes: readonly DiagramNode[];
}

export interface DiagramNode {
  /** Unique within its column; edges refer to it. */
  readonly id: string;
  /** Drawn as is: a code and its name ("404 Not Found"), or a translated text. */
  readonly label: string | Text;
  /** Where the node's row in the text alternative links to. */
  readonly link?: EntryLink;
}

export interface DiagramSeries {
  /** What the links mean, in the legend and as the caption of its table. */
  readonly legend: Text;
  /** `solid` or `dashed`, so that two series differ without colour. */
  readonly line: 'solid' | 'dashed';
  /** Which way the arrows point. */
  readonly direction: 'left-to-right' | 'right-to-left';
  /** Node ids: `left` in the first column, `right` in the second. */
  readonly edges: readonly { readonly left: string; readonly right: string }[];
}

/**
 * A figure with its own heading: a diagram, and the same content as tables (its text
 * alternative, built from the same data, so the two cannot drift apart).
 */
export interface Figure {
  readonly heading: { readonly id: string; readonly title: Text; readonly intro?: Prose };
  readonly diagram: TwoColumnDiagram;
}

/** Links to related pages or entries, with an optional sentence saying how they relate. */
export interface RelatedLinks {
  readonly text?: Text;
  /** Introduces the links: "See also". */
  readonly label: UiKey;
  readonly links: readonly EntryLink[];
}

/**
 * Where a part sits on the page: `after-intro` right under the intro (for a short note: a
 * part with a heading there would take the glance table into its section),
 * `before-entries` right before the entries (after the glance table), `after-entries`
 * right after them, or at the end of one of its prose sections.
 */
export type PartPosition = 'after-intro' | 'before-entries' | 'after-entries' | { readonly section: string };

/** An extra part of a table's page: a data table, a figure or related links. */
export type PagePart =
  | { readonly at: PartPosition; readonly table: DataTable }
  | { readonly at: PartPosition; readonly figure: Figure }
  | { readonly at: PartPosition; readonly links: RelatedLinks };

/** What a table publishes in the JSON export beyond the fields every entry has. */
export interface ExportDefinition<E, S extends z.ZodObject> {
  /** The table's own fields, as a schema: it types `facts` and is published as JSON Schema. */
  readonly schema: S;
  readonly facts: (entry: E, site: SiteIndex) => z.infer<S>;
}

export interface SearchDefinition<E> {
  /** Default: `primary` for every entry. */
  readonly tier?: (entry: E) => SearchTier;
  /** The name is an identifier people type as exactly as the number (gRPC's `NOT_FOUND`): weigh it like the code. */
  readonly nameIsIdentifier?: boolean;
  /** More words that name the entry, weighed like its name (a message as observed in responses). */
  readonly terms?: (entry: E) => readonly string[];
}

/** One column of a glance table: a short fact per entry, after the code and the name. */
export interface GlanceColumn<E> {
  readonly header: UiKey;
  /** `null` leaves the cell empty (no retry advice applies, no gRPC code maps to it). */
  readonly cell: (entry: E, site: SiteIndex) => FactValue | null;
  /** Colours the cell as a fact's tone does (`stop` for "do not reconnect"). */
  readonly tone?: (entry: E) => Tone | undefined;
}

/** A way to narrow a table page to the entries readers ask about ("do not reconnect"). */
export interface GlanceFilter<E> {
  /** Lower-case kebab: the URL's `?filter=no-reconnect` and the `data-filter` of each matching entry. */
  readonly id: string;
  readonly label: UiKey;
  readonly matches: (entry: E) => boolean;
}

/**
 * What a table page shows at a glance, above or instead of its entries' cards:
 * - `cards` (the default): a compact table, one row per entry (code, name, `columns`),
 *   each row linking to its entry's card below;
 * - `rows`: the entries themselves are compact rows (code, name, badges, description, with
 *   the other facts and the notes folded inside), for tables too long to show twice.
 * Either way, `filters` narrow the rows and the entries with JavaScript.
 */
export type GlanceDefinition<E> = { readonly filters?: readonly GlanceFilter<E>[] } & (
  { readonly layout?: 'cards'; readonly columns: readonly GlanceColumn<E>[] } | { readonly layout: 'rows' }
);
/**
 * How pasted text (src/lib/paste.ts) reaches the table's entries. The parser recognizes
 * protocol contexts ("closed with code 4014" is a close code) but knows no table; each table
 * says here which contexts its codes answer, so the mapping lives with the table. A lookup of
 * "every table that has this number" would need no declaration, but it would offer HTTP 404
 * for `"code": 404` in a Discord body and Discord's opcode 14 for `grpc-status: 14`.
 * A table without `paste` is never a candidate (the gRPC ↔ HTTP mappings repeat the gRPC
 * entries); one with `contexts: []` is found only by its identifiers and constants.
 */
export interface PasteDefinition {
  readonly contexts: readonly PasteContext[];
  /**
   * `secondary`: listed after the tables that own the context, and never the one a paste lands
   * on while they answer (Discord's view of HTTP 503 after HTTP's own entry). Default `primary`.
   */
  readonly tier?: SearchTier;
  /** Code ranges with a row on the page, offered for a code no entry has (4014 → private use). */
  readonly ranges?: readonly {
    readonly from: number;
    readonly to: number;
    readonly anchor: string;
    readonly title: Text;
  }[];
}

export interface TableDefinition<E extends EntryBase = EntryBase, S extends z.ZodObject = z.ZodObject> {
  readonly id: TableId;
  /** Path of the content file, for error messages: `content/grpc/status-codes.ts`. */
  readonly file: string;
  readonly meta: TableMeta;
  readonly entries: readonly E[];
  readonly anchorStyle: AnchorStyle;
  /** Further ids that land on an entry, beyond its anchor style's (HTTP/2's hex value). */
  readonly extraAnchors?: (entry: E) => readonly string[];
  /** Inclusive range every numeric code must fall in; a code outside it is a data error. */
  readonly codeRange: { readonly min: number; readonly max: number };
  /** Non-numeric codes the table allows (Discord's `5xx`). */
  readonly allowedTextCodes?: readonly string[];
  /** Groups for long tables; every entry must fall in exactly one. */
  readonly groups?: readonly CodeGroup[];
  /** Where each entry's facts come from. */
  readonly provenance: (entry: E) => Provenance;
  /** The facts shown under an entry's heading, in order (the generic ones follow them). */
  readonly facts: (entry: E, site: SiteIndex) => readonly Fact[];
  /** Short labels next to the heading (e.g. "Non-standard", "Client only"). */
  readonly badges?: (entry: E) => readonly UiKey[];
  readonly search?: SearchDefinition<E>;
  /** Which pasted text names the table's codes. */
  readonly paste?: PasteDefinition;
  readonly export: ExportDefinition<E, S>;
  /** The glance table (or compact rows) at the top of the page, and its filters. */
  readonly glance: GlanceDefinition<E>;
  /** Extra tables on the page, built from data outside the entries. */
  readonly parts?: (site: SiteIndex) => readonly PagePart[];
}

/**
 * Declares a table. The type parameters are inferred from the definition, so the
 * facts, search terms and export of each table are checked against its entry type;
 * the result is widened for the registry's list, where generic code reads it.
 */
export function defineTable<E extends EntryBase, S extends z.ZodObject>(
  def: TableDefinition<E, S>,
): TableDefinition {
  return def as unknown as TableDefinition;
}
