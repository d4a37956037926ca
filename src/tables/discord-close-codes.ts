/** Discord Gateway and Voice close codes, with what to do after the socket closes. */
import { gatewayCloseCodes, meta as gatewayMeta } from '../../content/discord/gateway-close-codes.ts';
import { voiceCloseCodes, meta as voiceMeta } from '../../content/discord/voice-close-codes.ts';
import type { DiscordCloseCodeEntry } from '../schema/entries.ts';
import type { UiKey } from '../i18n/ui-strings.ts';
import { defineTable, tierByAvailability, type Fact, type TableDefinition } from './types.ts';

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

function closeCodeExport(entry: DiscordCloseCodeEntry): Record<string, unknown> {
  return {
    reconnect: entry.reconnect !== 'no',
    reconnectMode: entry.reconnect,
    reconnectDocumented: entry.reconnectDocumented,
    clientOnly: entry.availability === 'client-only',
  };
}

function closeCodeBadges(entry: DiscordCloseCodeEntry): UiKey[] {
  return entry.availability === 'client-only' ? ['availability.client-only'] : [];
}

const closeCodeTable = (
  id: 'discord/gateway-close-codes' | 'discord/voice-close-codes',
  file: string,
  meta: TableDefinition['meta'],
  entries: readonly DiscordCloseCodeEntry[],
) =>
  defineTable<DiscordCloseCodeEntry>({
    id,
    section: 'discord',
    file,
    meta,
    entries,
    anchorStyle: 'code',
    codeRange: { min: 4000, max: 4999 },
    facts: closeCodeFacts,
    exportFacts: closeCodeExport,
    badges: closeCodeBadges,
    searchTier: tierByAvailability,
  });

export const gatewayCloseCodesTable = closeCodeTable(
  'discord/gateway-close-codes',
  'content/discord/gateway-close-codes.ts',
  gatewayMeta,
  gatewayCloseCodes,
);

export const voiceCloseCodesTable = closeCodeTable(
  'discord/voice-close-codes',
  'content/discord/voice-close-codes.ts',
  voiceMeta,
  voiceCloseCodes,
);
