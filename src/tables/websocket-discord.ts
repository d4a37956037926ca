/**
 * Discord's Gateway, Voice and RPC close codes are WebSocket close codes. The links both
 * ways between those pages and the WebSocket page come from one relation in the data
 * (`discordRelation` in content/websocket/close-codes.ts): which Discord tables it
 * covers, the range their codes live in, a sentence for each side, and the Discord
 * section that says what the standard codes do to a session.
 */
import {
  closeCodeRanges,
  discordRelation,
  meta as webSocketMeta,
  webSocketCloseCodes,
} from '../../content/websocket/close-codes.ts';
import { closeCodePlace } from '../lib/close-code-place.ts';
import { DataError } from '../lib/data-error.ts';
import type { SiteIndex } from '../lib/site-index.ts';
import type { WebSocketCloseCodeEntry, WebSocketCodeRange } from '../schema/layers.ts';
import type { Text } from '../schema/text.ts';
import type { EntryBase } from '../schema/entries.ts';
import type { EntryLink, Fact, PagePart, TableId } from './types.ts';

const webSocket = 'websocket/close-codes';
const file = 'content/websocket/close-codes.ts';
const from = { file, entry: 'discordRelation' };
const ranges: readonly WebSocketCodeRange[] = closeCodeRanges;
const registered: readonly WebSocketCloseCodeEntry[] = webSocketCloseCodes;

/** Both languages of a text built the same way in each. */
const both = (make: (locale: 'en' | 'es') => string): Text => ({ en: make('en'), es: make('es') });

/** A link to a range's row: "Private use (4000–4999)". */
const rangeLink = (range: WebSocketCodeRange): EntryLink => ({
  table: webSocket,
  anchor: range.id,
  label: both((l) => `${range.title[l]} (${range.from}–${range.to})`),
});

/** The range Discord's codes live in, as the relation names it. */
function discordRange(): WebSocketCodeRange {
  const { from: low, to: high } = discordRelation.range;
  const range = ranges.find((r) => r.from === low && r.to === high);
  if (!range) {
    throw new DataError(
      file,
      'discordRelation',
      `names the range ${low}–${high}, which closeCodeRanges does not have`,
      'make `range` match one of closeCodeRanges',
    );
  }
  return range;
}

/** Links to the Discord close-code tables, titled as their pages are. */
export const discordTableLinks = (site: SiteIndex): EntryLink[] =>
  discordRelation.tables.map((id) => ({ table: id, label: site.table(id).meta.title }));

/** Whether the range is the one Discord's codes live in: its row links to the Discord tables. */
export const isDiscordRange = (range: WebSocketCodeRange): boolean => range.id === discordRange().id;

/** On the WebSocket page: a note at the top linking to the Discord tables. */
export const webSocketPagePart = (site: SiteIndex): PagePart => ({
  at: 'after-intro',
  links: { text: discordRelation.here, label: 'fact.seeAlso', links: discordTableLinks(site) },
});

/** The Discord section on session guidance, titled "<page>: <section>". */
function sessionGuidanceLink(site: SiteIndex): EntryLink {
  const { table, section } = discordRelation.sessionGuidance;
  const page = site.table(table).meta;
  const found = page.sections?.find((s) => s.id === section);
  if (!found) {
    throw new DataError(
      file,
      'discordRelation',
      `names section "${section}" of ${table}, which has no such section`,
      'correct `sessionGuidance.section`',
    );
  }
  return { table, anchor: section, label: both((l) => `${page.title[l]}: ${found.title[l]}`) };
}

/**
 * On a WebSocket entry that matters to a Discord session (1000, 1001, 1006): where Discord's
 * page explains it, and Discord's own documentation.
 */
export function sessionGuidanceFacts(entry: WebSocketCloseCodeEntry, site: SiteIndex): Fact[] {
  if (!entry.discord) return [];
  return [
    {
      label: 'fact.seeAlso',
      value: {
        kind: 'list',
        items: [
          { value: { kind: 'entries', links: [sessionGuidanceLink(site)] } },
          { value: { kind: 'external', ...entry.discord.source } },
        ],
      },
    },
  ];
}

/** What each Discord close-code table gets: a fact on every entry and a note on the page. */
export interface WebSocketLinks {
  readonly facts: (entry: EntryBase, site: SiteIndex) => Fact[];
  readonly parts: (site: SiteIndex) => PagePart[];
}

const none: WebSocketLinks = { facts: () => [], parts: () => [] };

/**
 * The links from a Discord table to the WebSocket page, or none for a table the relation
 * does not list: each entry links to its own WebSocket entry (a standard code such as
 * 1000) or to its range's row (4000–4999), and the page starts with a note linking to the
 * range and to the standard codes. The page with the session guidance also links, from
 * that section, to the standard codes it talks about.
 */
export function webSocketLinksFor(id: TableId): WebSocketLinks {
  if (!(discordRelation.tables as readonly TableId[]).includes(id)) return none;
  return {
    facts(entry, site) {
      if (typeof entry.code !== 'number') return [];
      const place = closeCodePlace(entry.code, registered, ranges);
      if (!place) {
        throw new DataError(
          `content/${id}.ts`,
          `entry ${entry.code}`,
          'is not a WebSocket close code: it falls in no range of closeCodeRanges',
          'correct the code',
        );
      }
      const link =
        'entry' in place ? site.link({ table: webSocket, code: place.entry }, from) : rangeLink(place.range);
      return [{ label: 'fact.webSocketCode', value: { kind: 'entries', links: [link] } }];
    },
    parts(site) {
      const note: PagePart = {
        at: 'after-intro',
        links: {
          text: discordRelation.onDiscordPages,
          label: 'fact.seeAlso',
          links: [rangeLink(discordRange()), { table: webSocket, label: webSocketMeta.title }],
        },
      };
      const { table, section } = discordRelation.sessionGuidance;
      if (table !== id) return [note];
      const standard = registered
        .filter((e) => e.discord)
        .map((e) => site.link({ table: webSocket, code: e.code }, from));
      return [note, { at: { section }, links: { label: 'related.gatewaySession', links: standard } }];
    },
  };
}
