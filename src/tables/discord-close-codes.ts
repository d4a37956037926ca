/**
 * Discord Gateway and Voice close codes, with what to do after the socket closes; each
 * links to the WebSocket close code or range it is (websocket-discord.ts).
 */
import { z } from 'astro/zod';
import { gatewayCloseCodes, meta as gatewayMeta } from '../../content/discord/gateway-close-codes.ts';
import { voiceCloseCodes, meta as voiceMeta } from '../../content/discord/voice-close-codes.ts';
import type { DiscordCloseCodeEntry, TableMeta } from '../schema/entries.ts';
import { provenanceByAvailability, tierByAvailability } from './discord-availability.ts';
import { defineTable, type Fact, type GlanceDefinition } from './types.ts';
import { webSocketLinksFor } from './websocket-discord.ts';

function closeCodeFacts(entry: DiscordCloseCodeEntry): Fact[] {
  const facts: Fact[] = [
    {
      label: 'fact.reconnect',
      value: { kind: 'ui', key: `reconnect.${entry.reconnect}` },
      tone: entry.reconnect === 'no' ? 'stop' : 'go',
    },
  ];
  if (!entry.reconnectDocumented) {
    facts.push({ label: 'fact.source', value: { kind: 'ui', key: 'reconnect.inferred' }, tone: 'warn' });
  }
  facts.push({
    label: 'fact.availability',
    value: { kind: 'ui', key: `availability.${entry.availability}` },
    ...(entry.availability === 'client-only' ? { tone: 'warn' as const } : {}),
  });
  return facts;
}

const closeCodeExport = {
  schema: z.object({
    reconnect: z.boolean().describe('Whether to reconnect at all (resume or identify).'),
    reconnectMode: z.enum(['resume', 'identify', 'no']),
    reconnectDocumented: z
      .boolean()
      .describe("false when the advice is inferred: Discord's documentation does not state it."),
    clientOnly: z.boolean().describe("Used by Discord's own client; undocumented for bots."),
  }),
  facts: (entry: DiscordCloseCodeEntry) => ({
    reconnect: entry.reconnect !== 'no',
    reconnectMode: entry.reconnect,
    reconnectDocumented: entry.reconnectDocumented,
    clientOnly: entry.availability === 'client-only',
  }),
};

const closeCodeGlance: GlanceDefinition<DiscordCloseCodeEntry> = {
  columns: [
    {
      header: 'fact.reconnect',
      cell: (entry) => ({ kind: 'ui', key: `glance.reconnect.${entry.reconnect}` }),
      tone: (entry) => (entry.reconnect === 'no' ? 'stop' : 'go'),
    },
  ],
  filters: [
    { id: 'no-reconnect', label: 'filter.noReconnect', matches: (entry) => entry.reconnect === 'no' },
    { id: 'resume', label: 'filter.resume', matches: (entry) => entry.reconnect === 'resume' },
    {
      id: 'client-only',
      label: 'filter.clientOnly',
      matches: (entry) => entry.availability === 'client-only',
    },
  ],
};

const closeCodeTable = (
  id: 'discord/gateway-close-codes' | 'discord/voice-close-codes',
  meta: TableMeta,
  entries: readonly DiscordCloseCodeEntry[],
) =>
  defineTable({
    id,
    file: `content/${id}.ts`,
    meta,
    entries,
    anchorStyle: 'code',
    codeRange: { min: 4000, max: 4999 },
    provenance: provenanceByAvailability,
    facts: (entry, site) => [...closeCodeFacts(entry), ...webSocketLinksFor(id).facts(entry, site)],
    badges: (entry) => (entry.availability === 'client-only' ? ['availability.client-only'] : []),
    search: { tier: tierByAvailability },
    paste: { contexts: ['close-code'] },
    export: closeCodeExport,
    glance: closeCodeGlance,
    parts: webSocketLinksFor(id).parts,
  });

export const gatewayCloseCodesTable = closeCodeTable(
  'discord/gateway-close-codes',
  gatewayMeta,
  gatewayCloseCodes,
);
export const voiceCloseCodesTable = closeCodeTable('discord/voice-close-codes', voiceMeta, voiceCloseCodes);
