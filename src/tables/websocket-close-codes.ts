/**
 * WebSocket close codes (IANA registry, RFC 6455): facts shown per entry and exported, and
 * the code ranges. The links to and from Discord's close codes are in websocket-discord.ts.
 */
import { z } from 'astro/zod';
import { closeCodeRanges, meta, webSocketCloseCodes } from '../../content/websocket/close-codes.ts';
import type { UiKey } from '../i18n/ui-strings.ts';
import type { SiteIndex } from '../lib/site-index.ts';
import type { WebSocketCloseCodeEntry } from '../schema/layers.ts';
import { defineTable, type Cell, type Fact, type PagePart } from './types.ts';
import {
  discordTableLinks,
  isDiscordRange,
  sessionGuidanceFacts,
  webSocketPagePart,
} from './websocket-discord.ts';

const wire = (e: WebSocketCloseCodeEntry): UiKey =>
  e.reportedLocally ? 'wire.local' : e.sentOnWire ? 'wire.sent' : 'wire.reserved';

/** The ranges; the row of Discord's range links to Discord's close-code tables, which link back to it. */
const ranges = (site: SiteIndex): PagePart => ({
  at: { section: 'code-ranges' },
  table: {
    columns: ['column.range', 'column.use', 'column.description'],
    rows: closeCodeRanges.map((r) => {
      const description: Cell = isDiscordRange(r)
        ? [
            { kind: 'text', text: r.description },
            { kind: 'entries', links: discordTableLinks(site) },
          ]
        : { kind: 'text', text: r.description };
      return {
        id: r.id,
        cells: [
          { kind: 'literal', value: `${r.from}–${r.to}` },
          { kind: 'text', text: r.title },
          description,
        ],
      };
    }),
    source: closeCodeRanges[0].spec,
  },
});

export const webSocketCloseCodesTable = defineTable({
  id: 'websocket/close-codes',
  file: 'content/websocket/close-codes.ts',
  meta,
  entries: webSocketCloseCodes as readonly WebSocketCloseCodeEntry[],
  anchorStyle: 'code',
  codeRange: { min: 1000, max: 2999 },
  provenance: () => ({ kind: 'official', source: 'IANA WebSocket Close Code Number Registry' }),
  facts(entry, site) {
    const facts: Fact[] = [
      {
        label: 'fact.wire',
        value: { kind: 'ui', key: wire(entry) },
        ...(entry.sentOnWire ? {} : { tone: 'warn' as const }),
      },
      { label: 'fact.sentBy', value: { kind: 'ui', key: `sentBy.${entry.sentBy}` } },
      {
        label: 'fact.reconnect',
        value: { kind: 'ui', key: `wsReconnect.${entry.reconnect}` },
        ...(entry.reconnect === 'with-backoff'
          ? { tone: 'go' as const }
          : entry.reconnect === 'after-fix'
            ? { tone: 'stop' as const }
            : {}),
      },
      {
        label: 'fact.scriptCanSend',
        value: { kind: 'ui', key: entry.scriptCanSend ? 'script.allowed' : 'script.rejected' },
      },
      { label: 'fact.spec', value: { kind: 'external', ...entry.spec } },
    ];
    if (entry.registeredBy) {
      facts.push({ label: 'fact.registeredBy', value: { kind: 'literal', value: entry.registeredBy } });
    }
    if (entry.rfcName)
      facts.push({ label: 'fact.rfcName', value: { kind: 'literal', value: entry.rfcName } });
    if (entry.discord) {
      facts.push({
        label: 'fact.discordGateway',
        value: { kind: 'text', text: entry.discord.text },
        tone: entry.discord.gatewaySession === 'ended' ? 'stop' : 'go',
      });
    }
    return [...facts, ...sessionGuidanceFacts(entry, site)];
  },
  badges(entry) {
    return entry.reportedLocally ? ['wire.local'] : entry.status === 'reserved' ? ['wire.reserved'] : [];
  },
  // A Discord close code (4014) is also a code of the private-use range.
  paste: {
    contexts: ['close-code'],
    ranges: closeCodeRanges.map((r) => ({ from: r.from, to: r.to, anchor: r.id, title: r.title })),
  },
  export: {
    schema: z.object({
      status: z.enum(['assigned', 'reserved']).describe('Standing in the IANA registry.'),
      sentOnWire: z.boolean().describe('Whether an endpoint may put the code in a Close frame.'),
      reportedLocally: z
        .boolean()
        .describe('Never sent: reported by an implementation about its own connection (1005, 1006, 1015).'),
      sentBy: z.enum(['either', 'client', 'server', 'none']),
      scriptCanSend: z.boolean().describe('Whether WebSocket.close() in a browser accepts the code.'),
      reconnect: z.enum(['not-needed', 'with-backoff', 'after-fix', 'depends']),
      spec: z.object({ label: z.string(), url: z.string() }),
      registeredBy: z.string().nullable(),
      rfcName: z.string().nullable().describe('The name RFC 6455 gave the code, where the registry differs.'),
      discordGatewaySession: z
        .enum(['ended', 'resumable'])
        .nullable()
        .describe('What closing a Discord Gateway connection this way does to the session.'),
    }),
    facts: (entry) => ({
      status: entry.status,
      sentOnWire: entry.sentOnWire,
      reportedLocally: entry.reportedLocally,
      sentBy: entry.sentBy,
      scriptCanSend: entry.scriptCanSend,
      reconnect: entry.reconnect,
      spec: { label: entry.spec.label, url: entry.spec.url },
      registeredBy: entry.registeredBy ?? null,
      rfcName: entry.rfcName ?? null,
      discordGatewaySession: entry.discord?.gatewaySession ?? null,
    }),
  },
  parts: (site) => [webSocketPagePart(site), ranges(site)],
  glance: {
    columns: [
      {
        header: 'fact.reconnect',
        cell: (entry) => ({ kind: 'ui', key: `wsReconnect.${entry.reconnect}` }),
        tone: (entry) =>
          entry.reconnect === 'with-backoff' ? 'go' : entry.reconnect === 'after-fix' ? 'stop' : undefined,
      },
      {
        header: 'fact.wire',
        cell: (entry) => ({ kind: 'ui', key: wire(entry) }),
        tone: (entry) => (entry.sentOnWire ? undefined : 'warn'),
      },
    ],
    filters: [
      {
        id: 'reconnect',
        label: 'filter.reconnectBackoff',
        matches: (entry) => entry.reconnect === 'with-backoff',
      },
      { id: 'fix-first', label: 'filter.fixFirst', matches: (entry) => entry.reconnect === 'after-fix' },
      { id: 'never-sent', label: 'filter.neverSent', matches: (entry) => !entry.sentOnWire },
    ],
  },
});
