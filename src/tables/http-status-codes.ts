/**
 * HTTP status codes. The gRPC facts on each entry are derived from the gRPC
 * data (src/lib/grpc-http-mapping.ts), never written twice.
 */
import { grpcStatusCodes } from '../../content/grpc/status-codes.ts';
import { httpToGrpcClientDefault, httpToGrpcClientMapping } from '../../content/grpc/http-to-grpc.ts';
import { httpStatusCodes, meta } from '../../content/http/status-codes.ts';
import { grpcClientCodeFor, grpcCodesMappingTo } from '../lib/grpc-http-mapping.ts';
import type { HttpStatusCodeEntry } from '../schema/entries.ts';
import { defineTable, type Fact } from './types.ts';

export const httpStatusCodesTable = defineTable<HttpStatusCodeEntry>({
  id: 'http/status-codes',
  section: 'http',
  file: 'content/http/status-codes.ts',
  meta,
  entries: httpStatusCodes,
  anchorStyle: 'code',
  codeRange: { min: 100, max: 599 },
  facts(entry, site) {
    const from = { file: this.file, entry: `${entry.code}` };
    const facts: Fact[] = [
      {
        label: 'fact.standing',
        value: { kind: 'ui', key: `standing.${entry.standing}` },
        ...(entry.standing === 'standard' ? {} : { tone: 'warn' as const }),
      },
    ];
    if (entry.spec) facts.push({ label: 'fact.spec', value: { kind: 'external', ...entry.spec } });
    if (entry.origin) facts.push({ label: 'fact.origin', value: { kind: 'literal', value: entry.origin } });
    if (entry.formerNames?.length) {
      facts.push({
        label: 'fact.formerNames',
        value: { kind: 'literal', value: entry.formerNames.join(', ') },
      });
    }
    if (entry.retry) facts.push({ label: 'fact.retry', value: { kind: 'text', text: entry.retry } });
    const mapped = grpcCodesMappingTo(entry.code, grpcStatusCodes);
    facts.push({
      label: 'fact.grpcMappedFrom',
      value:
        mapped.length > 0
          ? {
              kind: 'entries',
              links: mapped.map((g) => site.link({ table: 'grpc/status-codes', code: g.name }, from)),
            }
          : { kind: 'ui', key: 'grpcMapped.none' },
    });
    const client = grpcClientCodeFor(entry.code, httpToGrpcClientMapping, httpToGrpcClientDefault);
    facts.push({
      label: 'fact.grpcClientCode',
      value: client
        ? {
            kind: 'entries',
            links: [site.link({ table: 'grpc/status-codes', code: client.grpc }, from)],
            ...(client.rule ? {} : { suffix: 'grpcClient.default' as const }),
          }
        : { kind: 'ui', key: 'grpcClient.skipped' },
    });
    return facts;
  },
  exportFacts(entry) {
    const client = grpcClientCodeFor(entry.code, httpToGrpcClientMapping, httpToGrpcClientDefault);
    return {
      reason: entry.name,
      standard: entry.standing === 'standard',
      standing: entry.standing,
      spec: entry.spec ?? null,
      origin: entry.origin ?? null,
      formerNames: entry.formerNames ?? [],
      retry: entry.retry ?? null,
      grpc: grpcCodesMappingTo(entry.code, grpcStatusCodes).map((g) => g.name),
      grpcClientCode: client?.grpc ?? null,
    };
  },
  badges(entry) {
    return entry.standing === 'standard' ? [] : [`standing.${entry.standing}`];
  },
});
