/** Discord's JSON error codes: official and community-observed, grouped by range. */
import { groups, jsonErrorCodes, meta } from '../../content/discord/json-error-codes/index.ts';
import { withBenchData } from '../lib/bench-data.ts';
import type { DiscordJsonErrorEntry } from '../schema/entries.ts';
import { defineTable, type Fact } from './types.ts';

export const jsonErrorCodesTable = defineTable<DiscordJsonErrorEntry>({
  id: 'discord/json-error-codes',
  section: 'discord',
  file: 'content/discord/json-error-codes/',
  meta,
  entries: withBenchData('discord/json-error-codes', jsonErrorCodes),
  anchorStyle: 'code',
  codeRange: { min: 0, max: 9_999_999 },
  groups,
  facts(entry) {
    const facts: Fact[] = [
      {
        label: 'fact.source',
        value: { kind: 'ui', key: `jsonSource.${entry.source}` },
        ...(entry.source === 'observed' ? { tone: 'warn' as const } : {}),
      },
    ];
    if (entry.observedMessage) {
      facts.push({ label: 'fact.observedMessage', value: { kind: 'code', value: entry.observedMessage } });
    }
    if (entry.discordApiTypes) {
      facts.push({
        label: 'fact.discordApiTypes',
        value: { kind: 'code', value: `RESTJSONErrorCodes.${entry.discordApiTypes}` },
      });
    }
    return facts;
  },
  exportFacts(entry) {
    return {
      message: entry.name,
      observedMessage: entry.observedMessage ?? null,
      source: entry.source,
      placeholderName: entry.placeholderName ?? false,
      discordApiTypes: entry.discordApiTypes ?? null,
    };
  },
  searchTier: (entry) => (entry.source === 'observed' ? 'secondary' : 'primary'),
  badges(entry) {
    // Whether a code is observed or official is already a fact of every entry; no badge repeats it.
    return entry.placeholderName ? ['json.placeholder'] : [];
  },
});
