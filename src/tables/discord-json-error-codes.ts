/** Discord's JSON error codes: official and community-observed, grouped by range. */
import { z } from 'astro/zod';
import { groups, jsonErrorCodes, meta } from '../../content/discord/json-error-codes/index.ts';
import type { DiscordJsonErrorEntry } from '../schema/entries.ts';
import { discordDocs, userdoccers } from './discord-availability.ts';
import type { SiteIndex } from '../lib/site-index.ts';
import { defineTable, type Fact } from './types.ts';

/** The member of `RESTJSONErrorCodes`, as the export has always given it (without the enum's name). */
function discordApiTypesMember(entry: DiscordJsonErrorEntry, site: SiteIndex): string | null {
  const id = site
    .identifiers('discord/json-error-codes', entry)
    .find((i) => i.library.id === 'discord-api-types');
  return id?.identifier?.replace(/^RESTJSONErrorCodes\./, '') ?? null;
}

export const jsonErrorCodesTable = defineTable({
  id: 'discord/json-error-codes',
  file: 'content/discord/json-error-codes/',
  meta,
  entries: jsonErrorCodes as readonly DiscordJsonErrorEntry[],
  anchorStyle: 'code',
  codeRange: { min: 0, max: 9_999_999 },
  groups,
  provenance: (entry) => (entry.source === 'observed' ? userdoccers : discordDocs),
  // Whether a code is official or only observed is its provenance, which a compact row shows
  // as a badge ("Community-documented"); the export keeps the finer `source`.
  facts: (entry): Fact[] =>
    entry.observedMessage
      ? [{ label: 'fact.observedMessage', value: { kind: 'code', value: entry.observedMessage } }]
      : [],
  badges: (entry) => (entry.placeholderName ? ['json.placeholder'] : []),
  search: {
    tier: (entry) => (entry.source === 'observed' ? 'secondary' : 'primary'),
    terms: (entry) => (entry.observedMessage ? [entry.observedMessage] : []),
  },
  // `DiscordAPIError[50013]`, and the `"code"` of the error body.
  paste: { contexts: ['api-error', 'json-error-body'] },
  export: {
    schema: z.object({
      message: z.string().describe('The `message` Discord returns with the code.'),
      observedMessage: z
        .string()
        .nullable()
        .describe('The message as observed in responses, where its wording differs from the official one.'),
      source: z.enum(['official', 'observed', 'both']),
      placeholderName: z.boolean().describe('The message is an internal constant, not a sentence.'),
      discordApiTypes: z
        .string()
        .nullable()
        .describe('The member of RESTJSONErrorCodes in discord-api-types.'),
    }),
    facts: (entry, site) => ({
      message: entry.name,
      observedMessage: entry.observedMessage ?? null,
      source: entry.source,
      placeholderName: entry.placeholderName ?? false,
      discordApiTypes: discordApiTypesMember(entry, site),
    }),
  },
  // 839 entries: they are the rows themselves rather than cards under a table that repeats them.
  glance: {
    layout: 'rows',
    filters: [
      { id: 'official', label: 'filter.official', matches: (entry) => entry.source !== 'observed' },
      { id: 'community', label: 'filter.community', matches: (entry) => entry.source === 'observed' },
    ],
  },
});
