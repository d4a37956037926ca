/**
 * gRPC canonical status codes: facts shown per entry and exported, and the page's
 * extra tables (the fields of `google.rpc.Status`, the standard error detail types,
 * and gRPC's HTTP → gRPC table for responses without `grpc-status`). Each entry also
 * says what other implementations answer for it (mapping-facts.ts) and which HTTP/2
 * resets are reported as it.
 */
import { z } from 'astro/zod';
import {
  httpToGrpcClientDefault,
  httpToGrpcClientMapping,
  httpToGrpcClientMeta,
} from '../../content/grpc/http-to-grpc.ts';
import {
  errorDetailTypes,
  grpcStatusCodes,
  meta,
  statusMessageFields,
} from '../../content/grpc/status-codes.ts';
import { http2ErrorCodes } from '../../content/http2/error-codes.ts';
import type { UiKey } from '../i18n/ui-strings.ts';
import type { GrpcStatusCodeEntry, RetryAdvice, Retryable } from '../schema/entries.ts';
import type { Http2ErrorCodeEntry } from '../schema/layers.ts';
import { resetsReportedAs } from '../lib/http2-resets.ts';
import type { SiteIndex } from '../lib/site-index.ts';
import { retryableSchema } from './export-fields.ts';
import { httpByImplementationFact } from './mapping-facts.ts';
import { defineTable, type Fact, type NameItem, type PagePart, type Tone } from './types.ts';

const file = 'content/grpc/status-codes.ts';
const http2Codes: readonly Http2ErrorCodeEntry[] = http2ErrorCodes;

/**
 * The HTTP/2 error codes whose stream reset a client reports as this status: by gRPC's
 * table (CANCEL only when the server sent it), and by the libraries that read resets
 * differently. The HTTP/2 entries link here; this links back.
 */
function http2ResetsFact(entry: GrpcStatusCodeEntry, site: SiteIndex): Fact[] {
  const found = resetsReportedAs(entry.name, http2Codes);
  const from = { file: 'content/http2/error-codes.ts', entry: entry.name };
  const item = (label: NameItem, codes: readonly Http2ErrorCodeEntry[], suffix?: UiKey) =>
    codes.length === 0
      ? []
      : [
          {
            label,
            value: {
              kind: 'entries' as const,
              links: codes.map((c) => site.link({ table: 'http2/error-codes', code: c.name }, from)),
              ...(suffix ? { suffix } : {}),
            },
          },
        ];
  const items = [
    ...item(
      'http2Resets.protocol',
      found.protocol.filter((c) => c.grpc.rule === 'status'),
    ),
    ...item(
      'http2Resets.protocol',
      found.protocol.filter((c) => c.grpc.rule === 'by-sender'),
      'grpcReset.fromServer',
    ),
    ...found.libraries.flatMap((l) => item({ literal: l.library }, l.codes)),
  ];
  return items.length ? [{ label: 'fact.http2Resets', value: { kind: 'list', items } }] : [];
}

const retryable: Record<RetryAdvice, Retryable> = { retry: 'yes', conditional: 'conditional', no: 'no' };

const retryTone = (entry: GrpcStatusCodeEntry): Tone =>
  entry.retry === 'retry' ? 'go' : entry.retry === 'no' ? 'stop' : 'warn';

function pageParts(site: SiteIndex): PagePart[] {
  const from = { file: 'content/grpc/http-to-grpc.ts', entry: 'httpToGrpcClientMapping' };
  const grpcLink = (code: string) => site.link({ table: 'grpc/status-codes', code }, from);
  return [
    {
      at: { section: 'status-message' },
      table: {
        caption: 'grpc.statusFields',
        columns: ['column.field', 'column.number', 'column.type', 'column.description'],
        rows: statusMessageFields.map((f) => ({
          cells: [
            { kind: 'code', value: f.field },
            { kind: 'literal', value: String(f.number) },
            { kind: 'code', value: f.type },
            { kind: 'text', text: f.description },
          ],
        })),
      },
    },
    {
      at: { section: 'error-details' },
      table: {
        caption: 'grpc.errorDetails',
        columns: ['column.type', 'column.fields', 'column.description'],
        rows: errorDetailTypes.map((d) => ({
          id: `detail-${d.name.toLowerCase()}`,
          cells: [
            { kind: 'code', value: d.name },
            { kind: 'code', value: d.fields },
            { kind: 'text', text: d.description },
          ],
        })),
      },
    },
    {
      at: 'after-entries',
      table: {
        heading: { id: 'http-to-grpc', title: httpToGrpcClientMeta.title, intro: httpToGrpcClientMeta.intro },
        columns: ['column.httpStatus', 'column.grpcCode'],
        rows: [
          ...httpToGrpcClientMapping.map((r) => ({
            cells: [
              {
                kind: 'entries' as const,
                links: [site.link({ table: 'http/status-codes', code: r.http }, from)],
              },
              [
                { kind: 'entries' as const, links: [grpcLink(r.grpc)] },
                ...('note' in r ? [{ kind: 'text' as const, text: r.note }] : []),
              ],
            ],
          })),
          {
            cells: [
              { kind: 'ui', key: 'grpc.clientMappingDefault' },
              { kind: 'entries', links: [grpcLink(httpToGrpcClientDefault)] },
            ],
          },
        ],
        source: httpToGrpcClientMeta.source,
      },
    },
  ];
}

export const grpcStatusCodesTable = defineTable({
  id: 'grpc/status-codes',
  file,
  meta,
  entries: grpcStatusCodes as readonly GrpcStatusCodeEntry[],
  anchorStyle: 'constant',
  codeRange: { min: 0, max: 16 },
  provenance: () => ({ kind: 'official', source: 'google.rpc.Code' }),
  facts(entry, site) {
    const from = { file, entry: entry.name };
    const facts: Fact[] = [
      { label: 'fact.http', value: { kind: 'entries', links: [site.link(entry.http, from)] } },
    ];
    if (entry.httpNote) facts.push({ label: 'fact.httpNote', value: { kind: 'text', text: entry.httpNote } });
    facts.push(...httpByImplementationFact(entry.name, site));
    facts.push({
      label: 'fact.retry',
      value: { kind: 'ui', key: `retry.${entry.retry}` },
      tone: retryTone(entry),
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
                value: { kind: 'text', text: c.situation },
              })),
            },
    });
    facts.push(...http2ResetsFact(entry, site));
    return facts;
  },
  // The constant is what people type, as much as the number.
  search: { nameIsIdentifier: true },
  // google.rpc.Status in JSON (grpc-gateway, Google's REST APIs) is `{"code": 14, "message": …}`.
  paste: { contexts: ['grpc-status', 'json-error-body'] },
  export: {
    schema: z.object({
      http: z.number().int().describe('The HTTP status google.rpc.Code documents for this code.'),
      retry: z.enum(['retry', 'conditional', 'no']).describe("This site's retry advice."),
      retryable: retryableSchema,
      generatedByLibrary: z.boolean().describe('Whether the gRPC library itself ever produces this status.'),
      libraryCases: z.array(
        z.object({
          side: z.enum(['client', 'server', 'both']),
          situation: z.object({ en: z.string(), es: z.string() }),
        }),
      ),
    }),
    facts: (entry) => ({
      http: entry.http.code,
      retry: entry.retry,
      retryable: retryable[entry.retry],
      generatedByLibrary: entry.libraryCases.length > 0,
      libraryCases: [...entry.libraryCases],
    }),
  },
  parts: pageParts,
  glance: {
    columns: [
      {
        header: 'column.httpStatus',
        cell: (entry, site) => ({
          kind: 'entries',
          links: [site.link(entry.http, { file, entry: entry.name })],
        }),
      },
      {
        header: 'fact.retry',
        cell: (entry) => ({ kind: 'ui', key: `retry.${entry.retry}` }),
        tone: retryTone,
      },
    ],
    filters: [
      { id: 'retry', label: 'filter.retryBackoff', matches: (entry) => entry.retry === 'retry' },
      {
        id: 'after-change',
        label: 'filter.retryAfterChange',
        matches: (entry) => entry.retry === 'conditional',
      },
      { id: 'no-retry', label: 'filter.noRetry', matches: (entry) => entry.retry === 'no' },
    ],
  },
});
