/** gRPC canonical status codes: facts shown per entry and exported. */
import { grpcStatusCodes, meta } from '../../content/grpc/status-codes.ts';
import type { GrpcStatusCodeEntry } from '../schema/entries.ts';
import { defineTable, type Fact } from './types.ts';

export const grpcStatusCodesTable = defineTable<GrpcStatusCodeEntry>({
  id: 'grpc/status-codes',
  section: 'grpc',
  file: 'content/grpc/status-codes.ts',
  meta,
  entries: grpcStatusCodes,
  anchorStyle: 'constant',
  codeRange: { min: 0, max: 16 },
  facts(entry, site) {
    const from = { file: this.file, entry: entry.name };
    const facts: Fact[] = [
      { label: 'fact.http', value: { kind: 'entries', links: [site.link(entry.http, from)] } },
    ];
    if (entry.httpNote) facts.push({ label: 'fact.httpNote', value: { kind: 'text', text: entry.httpNote } });
    facts.push({
      label: 'fact.retry',
      value: { kind: 'ui', key: `retry.${entry.retry}` },
      tone: entry.retry === 'retry' ? 'go' : entry.retry === 'no' ? 'stop' : 'warn',
    });
    facts.push({
      label: 'fact.library',
      value:
        entry.libraryCases.length === 0
          ? { kind: 'ui', key: 'library.never' }
          : {
              kind: 'list',
              items: entry.libraryCases.map((c) => ({
                label: `library.side.${c.side}` as const,
                text: c.situation,
              })),
            },
    });
    return facts;
  },
  exportFacts(entry) {
    return {
      http: entry.http.code,
      retry: entry.retry,
      generatedByLibrary: entry.libraryCases.length > 0,
      libraryCases: entry.libraryCases,
    };
  },
});
