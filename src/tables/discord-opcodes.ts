/** Discord Gateway and Voice opcodes: the same facts, plus the frame format for voice. */
import { gatewayOpcodes, meta as gatewayMeta } from '../../content/discord/gateway-opcodes.ts';
import { voiceOpcodes, meta as voiceMeta } from '../../content/discord/voice-opcodes.ts';
import type { DiscordOpcodeEntry, DiscordVoiceOpcodeEntry } from '../schema/entries.ts';
import type { UiKey } from '../i18n/ui-strings.ts';
import { defineTable, tierByAvailability, type Fact } from './types.ts';

function opcodeFacts(entry: DiscordOpcodeEntry): Fact[] {
  const facts: Fact[] = [
    { label: 'fact.direction', value: { kind: 'ui', key: `direction.${entry.direction}` } },
    {
      label: 'fact.availability',
      value: { kind: 'ui', key: `availability.${entry.availability}` },
      ...(entry.availability === 'client-only' ? { tone: 'warn' as const } : {}),
    },
  ];
  if (entry.status) {
    facts.push({
      label: 'fact.status',
      value: { kind: 'ui', key: `opcodeStatus.${entry.status}` },
      tone: 'stop',
    });
  }
  return facts;
}

function opcodeExport(entry: DiscordOpcodeEntry): Record<string, unknown> {
  return {
    direction: entry.direction,
    clientOnly: entry.availability === 'client-only',
    status: entry.status ?? 'current',
  };
}

function opcodeBadges(entry: DiscordOpcodeEntry): UiKey[] {
  const badges: UiKey[] = [];
  if (entry.availability === 'client-only') badges.push('availability.client-only');
  if (entry.status) badges.push(`opcodeStatus.${entry.status}`);
  return badges;
}

export const gatewayOpcodesTable = defineTable<DiscordOpcodeEntry>({
  id: 'discord/gateway-opcodes',
  section: 'discord',
  file: 'content/discord/gateway-opcodes.ts',
  meta: gatewayMeta,
  entries: gatewayOpcodes,
  anchorStyle: 'code',
  codeRange: { min: 0, max: 99 },
  facts: opcodeFacts,
  exportFacts: opcodeExport,
  badges: opcodeBadges,
  searchTier: tierByAvailability,
});

export const voiceOpcodesTable = defineTable<DiscordVoiceOpcodeEntry>({
  id: 'discord/voice-opcodes',
  section: 'discord',
  file: 'content/discord/voice-opcodes.ts',
  meta: voiceMeta,
  entries: voiceOpcodes,
  anchorStyle: 'code',
  codeRange: { min: 0, max: 99 },
  facts: (entry) => [
    ...opcodeFacts(entry),
    { label: 'fact.format', value: { kind: 'ui', key: `format.${entry.format}` } },
  ],
  exportFacts: (entry) => ({ ...opcodeExport(entry), format: entry.format }),
  badges: opcodeBadges,
  searchTier: tierByAvailability,
});
