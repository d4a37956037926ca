/** Discord Gateway and Voice opcodes: the same facts, plus the frame format for voice. */
import { z } from 'astro/zod';
import { gatewayOpcodes, meta as gatewayMeta } from '../../content/discord/gateway-opcodes.ts';
import { voiceOpcodes, meta as voiceMeta } from '../../content/discord/voice-opcodes.ts';
import type { DiscordOpcodeEntry, DiscordVoiceOpcodeEntry } from '../schema/entries.ts';
import type { UiKey } from '../i18n/ui-strings.ts';
import { provenanceByAvailability, tierByAvailability } from './discord-availability.ts';
import { defineTable, type Fact, type GlanceDefinition } from './types.ts';

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

const opcodeSchema = z.object({
  direction: z.enum(['send', 'receive', 'both']).describe("From the client's point of view."),
  clientOnly: z.boolean().describe("Used by Discord's own client; undocumented for bots."),
  status: z.enum(['current', 'deprecated', 'removed']),
});

const opcodeExport = (entry: DiscordOpcodeEntry): z.infer<typeof opcodeSchema> => ({
  direction: entry.direction,
  clientOnly: entry.availability === 'client-only',
  status: entry.status ?? 'current',
});

function opcodeBadges(entry: DiscordOpcodeEntry): UiKey[] {
  const badges: UiKey[] = [];
  if (entry.availability === 'client-only') badges.push('availability.client-only');
  if (entry.status) badges.push(`opcodeStatus.${entry.status}`);
  return badges;
}

const opcodeGlance: GlanceDefinition<DiscordOpcodeEntry> = {
  columns: [
    { header: 'fact.direction', cell: (entry) => ({ kind: 'ui', key: `direction.${entry.direction}` }) },
  ],
  filters: [
    { id: 'send', label: 'filter.send', matches: (entry) => entry.direction !== 'receive' },
    { id: 'receive', label: 'filter.receive', matches: (entry) => entry.direction !== 'send' },
    {
      id: 'client-only',
      label: 'filter.clientOnly',
      matches: (entry) => entry.availability === 'client-only',
    },
  ],
};

export const gatewayOpcodesTable = defineTable({
  id: 'discord/gateway-opcodes',
  file: 'content/discord/gateway-opcodes.ts',
  meta: gatewayMeta,
  entries: gatewayOpcodes as readonly DiscordOpcodeEntry[],
  anchorStyle: 'code',
  codeRange: { min: 0, max: 99 },
  provenance: provenanceByAvailability,
  facts: opcodeFacts,
  badges: opcodeBadges,
  search: { tier: tierByAvailability },
  paste: { contexts: ['payload-opcode'] },
  export: { schema: opcodeSchema, facts: opcodeExport },
  glance: opcodeGlance,
});

export const voiceOpcodesTable = defineTable({
  id: 'discord/voice-opcodes',
  file: 'content/discord/voice-opcodes.ts',
  meta: voiceMeta,
  entries: voiceOpcodes as readonly DiscordVoiceOpcodeEntry[],
  anchorStyle: 'code',
  codeRange: { min: 0, max: 99 },
  provenance: provenanceByAvailability,
  facts: (entry) => [
    ...opcodeFacts(entry),
    { label: 'fact.format', value: { kind: 'ui', key: `format.${entry.format}` } },
  ],
  badges: opcodeBadges,
  search: { tier: tierByAvailability },
  paste: { contexts: ['payload-opcode'] },
  export: {
    schema: opcodeSchema.extend({
      format: z
        .enum(['json', 'binary'])
        .describe('Voice gateway v8 sends the DAVE MLS opcodes as binary frames.'),
    }),
    facts: (entry) => ({ ...opcodeExport(entry), format: entry.format }),
  },
  glance: opcodeGlance,
});
