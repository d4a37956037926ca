/** The HTTP statuses Discord's API documents, with its retry advice, linked to the HTTP table. */
import { discordHttpStatusCodes, meta } from '../../content/discord/http-status-codes.ts';
import type { DiscordHttpStatusEntry } from '../schema/entries.ts';
import { defineTable } from './types.ts';

export const discordHttpStatusCodesTable = defineTable<DiscordHttpStatusEntry>({
  id: 'discord/http-status-codes',
  section: 'discord',
  file: 'content/discord/http-status-codes.ts',
  meta,
  entries: discordHttpStatusCodes,
  anchorStyle: 'code',
  codeRange: { min: 100, max: 599 },
  allowedTextCodes: ['5xx'],
  facts(entry, site) {
    return [
      {
        label: 'fact.retry',
        value: { kind: 'ui', key: `discordRetry.${entry.retry}` },
        tone: entry.retry === 'no' ? 'stop' : entry.retry === 'your-call' ? 'warn' : 'go',
      },
      {
        label: 'fact.httpEntry',
        value: {
          kind: 'entries',
          links: [site.link(entry.http, { file: this.file, entry: String(entry.code) })],
        },
      },
    ];
  },
  exportFacts(entry) {
    return { retry: entry.retry, http: entry.http.code };
  },
});
