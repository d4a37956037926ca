/** The HTTP statuses Discord's API documents, with its retry advice, linked to the HTTP table. */
import { z } from 'astro/zod';
import { discordHttpStatusCodes, meta } from '../../content/discord/http-status-codes.ts';
import type { DiscordHttpStatusEntry, DiscordRetry, Retryable } from '../schema/entries.ts';
import { discordDocs, userdoccers } from './discord-availability.ts';
import { defineTable, type Tone } from './types.ts';
import { retryableSchema } from './export-fields.ts';

const retryable: Record<DiscordRetry, Retryable> = {
  no: 'no',
  'after-retry-after': 'yes',
  'with-backoff': 'yes',
  'your-call': 'conditional',
};

const retryTone = (entry: DiscordHttpStatusEntry): Tone =>
  entry.retry === 'no' ? 'stop' : entry.retry === 'your-call' ? 'warn' : 'go';

export const discordHttpStatusCodesTable = defineTable({
  id: 'discord/http-status-codes',
  file: 'content/discord/http-status-codes.ts',
  meta,
  entries: discordHttpStatusCodes as readonly DiscordHttpStatusEntry[],
  anchorStyle: 'code',
  codeRange: { min: 100, max: 599 },
  allowedTextCodes: ['5xx'],
  provenance: (entry) => (entry.source === 'community' ? userdoccers : discordDocs),
  facts(entry, site) {
    return [
      {
        label: 'fact.retry',
        value: { kind: 'ui', key: `discordRetry.${entry.retry}` },
        tone: retryTone(entry),
      },
      {
        label: 'fact.httpEntry',
        value: {
          kind: 'entries',
          links: [
            site.link(entry.http, {
              file: 'content/discord/http-status-codes.ts',
              entry: String(entry.code),
            }),
          ],
        },
      },
    ];
  },
  // A status line is HTTP's own; Discord's advice for the status comes after it.
  paste: { contexts: ['http-status'], tier: 'secondary' },
  export: {
    schema: z.object({
      retry: z.enum(['no', 'after-retry-after', 'with-backoff', 'your-call']).describe("Discord's advice."),
      retryable: retryableSchema,
      http: z.number().int().describe('The general HTTP status this row is (500 for the 5xx row).'),
    }),
    facts: (entry) => ({ retry: entry.retry, retryable: retryable[entry.retry], http: entry.http.code }),
  },
  glance: {
    columns: [
      {
        header: 'fact.retry',
        cell: (entry) => ({ kind: 'ui', key: `discordRetry.${entry.retry}` }),
        tone: retryTone,
      },
    ],
    filters: [
      { id: 'retry', label: 'filter.retry', matches: (entry) => retryable[entry.retry] === 'yes' },
      { id: 'no-retry', label: 'filter.noRetry', matches: (entry) => entry.retry === 'no' },
      { id: 'community', label: 'filter.community', matches: (entry) => entry.source === 'community' },
    ],
  },
});
