/**
 * HTTP status codes. The gRPC facts on each entry are derived from the gRPC
 * data (src/lib/grpc-http-mapping.ts, and per implementation mapping-facts.ts),
 * never written twice.
 */
import { z } from 'astro/zod';
import { grpcStatusCodes } from '../../content/grpc/status-codes.ts';
import { httpToGrpcClientDefault, httpToGrpcClientMapping } from '../../content/grpc/http-to-grpc.ts';
import { groups, httpStatusCodes, meta } from '../../content/http/status-codes.ts';
import { grpcClientCodeFor, grpcCodesMappingTo } from '../lib/grpc-http-mapping.ts';
import type { HttpStatusCodeEntry, Retryable } from '../schema/entries.ts';
import { retryableSchema } from './export-fields.ts';
import { clientsReportFact, grpcByImplementationFact } from './mapping-facts.ts';
import { defineTable, type Fact, type Tone } from './types.ts';

const file = 'content/http/status-codes.ts';
const text = z.object({ en: z.string(), es: z.string() });

const httpClass = (entry: HttpStatusCodeEntry) => Math.floor(entry.code / 100);
const retryableTone: Record<Retryable | 'none', Tone | undefined> = {
  yes: 'go',
  conditional: 'warn',
  no: 'stop',
  none: undefined,
};

const clientCode = (entry: HttpStatusCodeEntry) =>
  grpcClientCodeFor(entry.code, httpToGrpcClientMapping, httpToGrpcClientDefault);

export const httpStatusCodesTable = defineTable({
  id: 'http/status-codes',
  file,
  meta,
  entries: httpStatusCodes as readonly HttpStatusCodeEntry[],
  anchorStyle: 'code',
  codeRange: { min: 100, max: 599 },
  groups,
  provenance: (entry) =>
    entry.standing === 'non-standard'
      ? { kind: 'vendor', source: entry.origin ?? 'unknown' }
      : { kind: 'official', source: 'IANA HTTP Status Code Registry' },
  facts(entry, site) {
    const from = { file, entry: `${entry.code}` };
    const facts: Fact[] = [
      {
        label: 'fact.standing',
        value: { kind: 'ui', key: `standing.${entry.standing}` },
        ...(entry.standing === 'standard' ? {} : { tone: 'warn' as const }),
      },
    ];
    if (entry.spec) facts.push({ label: 'fact.spec', value: { kind: 'external', ...entry.spec } });
    if (entry.origin) facts.push({ label: 'fact.origin', value: { kind: 'literal', value: entry.origin } });
    if (entry.retry) facts.push({ label: 'fact.retry', value: { kind: 'text', text: entry.retry.advice } });
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
    const client = clientCode(entry);
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
    facts.push(...grpcByImplementationFact(entry.code, site), ...clientsReportFact(entry.code, site));
    return facts;
  },
  badges: (entry) => (entry.standing === 'standard' ? [] : [`standing.${entry.standing}`]),
  glance: {
    columns: [
      {
        header: 'fact.retry',
        cell: (entry) => (entry.retry ? { kind: 'ui', key: `retryable.${entry.retry.retryable}` } : null),
        tone: (entry) => retryableTone[entry.retry?.retryable ?? 'none'],
      },
      {
        header: 'column.grpcCodes',
        cell(entry, site) {
          const mapped = grpcCodesMappingTo(entry.code, grpcStatusCodes);
          if (mapped.length === 0) return null;
          const from = { file, entry: `${entry.code}` };
          return {
            kind: 'entries',
            links: mapped.map((g) => site.link({ table: 'grpc/status-codes', code: g.name }, from)),
          };
        },
      },
    ],
    filters: [
      { id: 'client-error', label: 'filter.clientError', matches: (entry) => httpClass(entry) === 4 },
      { id: 'server-error', label: 'filter.serverError', matches: (entry) => httpClass(entry) === 5 },
      { id: 'retry', label: 'filter.retryable', matches: (entry) => entry.retry?.retryable === 'yes' },
      {
        id: 'grpc',
        label: 'filter.mappedFromGrpc',
        matches: (entry) => grpcCodesMappingTo(entry.code, grpcStatusCodes).length > 0,
      },
      {
        id: 'non-standard',
        label: 'filter.nonStandard',
        matches: (entry) => entry.standing === 'non-standard',
      },
    ],
  },
  paste: { contexts: ['http-status'] },
  export: {
    schema: z.object({
      reason: z.string().describe('The reason phrase.'),
      standard: z.boolean().describe('Assigned in the IANA registry (standing "standard").'),
      standing: z.enum(['standard', 'temporary', 'unused', 'obsoleted', 'non-standard']),
      spec: z.object({ label: z.string(), url: z.string() }).nullable(),
      origin: z.string().nullable().describe('Who sends a non-standard code.'),
      formerNames: z
        .array(z.string())
        .describe('Former reason phrases (otherNames.former has when they changed).'),
      retry: text.nullable().describe('Retry advice, where it applies.'),
      retryable: retryableSchema.nullable().describe('null where no retry advice applies.'),
      grpc: z.array(z.string()).describe('The gRPC codes google.rpc.Code maps to this status.'),
      grpcClientCode: z
        .string()
        .nullable()
        .describe('The gRPC code a gRPC client reports for a non-gRPC response with this status.'),
    }),
    facts: (entry) => ({
      reason: entry.name,
      standard: entry.standing === 'standard',
      standing: entry.standing,
      spec: entry.spec ?? null,
      origin: entry.origin ?? null,
      formerNames: (entry.aliases?.former ?? []).map((f) => f.name),
      retry: entry.retry?.advice ?? null,
      retryable: entry.retry?.retryable ?? null,
      grpc: grpcCodesMappingTo(entry.code, grpcStatusCodes).map((g) => g.name),
      grpcClientCode: clientCode(entry)?.grpc ?? null,
    }),
  },
});
