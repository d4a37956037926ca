/** HTTP/2 error codes (RFC 9113): facts shown per entry and exported, with the gRPC status of a reset. */
import { z } from 'astro/zod';
import { http2ErrorCodes, meta } from '../../content/http2/error-codes.ts';
import type { Http2ErrorCodeEntry } from '../schema/layers.ts';
import { defineTable, type Fact } from './types.ts';

const file = 'content/http2/error-codes.ts';

export const http2ErrorCodesTable = defineTable({
  id: 'http2/error-codes',
  file,
  meta,
  entries: http2ErrorCodes as readonly Http2ErrorCodeEntry[],
  anchorStyle: 'constant',
  // `#0x7` lands on REFUSED_STREAM too: the RFC and logs write the codes in hex.
  extraAnchors: (entry) => [entry.hex],
  codeRange: { min: 0, max: 13 },
  provenance: () => ({ kind: 'official', source: 'RFC 9113' }),
  facts(entry, site) {
    const from = { file, entry: entry.name };
    const grpc = entry.grpc;
    const facts: Fact[] = [
      { label: 'fact.hex', value: { kind: 'code', value: entry.hex } },
      { label: 'fact.spec', value: { kind: 'external', ...entry.spec } },
    ];
    if (entry.seeAlso) facts.push({ label: 'fact.seeAlso', value: { kind: 'external', ...entry.seeAlso } });
    facts.push({
      label: 'fact.grpcOnReset',
      value:
        grpc.status === null
          ? { kind: 'ui', key: `grpcReset.${grpc.rule}` }
          : {
              kind: 'entries',
              links: [site.link(grpc.status, from)],
              ...(grpc.rule === 'by-sender' ? { suffix: 'grpcReset.fromServer' as const } : {}),
            },
    });
    if (grpc.remark) facts.push({ label: 'fact.grpcRemark', value: { kind: 'text', text: grpc.remark } });
    if (grpc.libraries?.length) {
      facts.push({
        label: 'fact.grpcLibraries',
        value: {
          kind: 'list',
          items: grpc.libraries.map((l) => ({
            label: { literal: l.library },
            value: {
              kind: 'entries' as const,
              links: [site.link(l.status, from)],
            },
          })),
        },
        tone: 'warn',
      });
    }
    return facts;
  },
  // The constant is what people type; the hex value (`0x7`) lands on the entry too.
  search: { nameIsIdentifier: true, terms: (entry) => [entry.hex] },
  paste: { contexts: ['http2-error'] },
  export: {
    schema: z.object({
      hex: z.string().describe('The value in hexadecimal, without leading zeros: 0x7.'),
      spec: z.object({ label: z.string(), url: z.string() }),
      grpc: z.object({
        rule: z.enum(['status', 'by-sender', 'no-mapping', 'not-listed']),
        status: z.string().nullable().describe('The gRPC status of a reset, per gRPC’s PROTOCOL-HTTP2.md.'),
        libraries: z.array(z.object({ library: z.enum(['grpc-go', 'grpc-js']), status: z.string() })),
      }),
    }),
    facts: (entry) => ({
      hex: entry.hex,
      spec: { label: entry.spec.label, url: entry.spec.url },
      grpc: {
        rule: entry.grpc.rule,
        status: entry.grpc.status?.code ?? null,
        libraries: (entry.grpc.libraries ?? []).map((l) => ({ library: l.library, status: l.status.code })),
      },
    }),
  },
  glance: {
    columns: [
      { header: 'fact.hex', cell: (entry) => ({ kind: 'code', value: entry.hex }) },
      {
        header: 'column.grpcOnReset',
        cell: (entry, site) =>
          entry.grpc.status === null
            ? {
                kind: 'ui',
                key: entry.grpc.rule === 'no-mapping' ? 'grpcMapped.none' : 'grpcReset.not-listed',
              }
            : { kind: 'entries', links: [site.link(entry.grpc.status, { file, entry: entry.name })] },
        // Where grpc-go or grpc-js report another status than gRPC's table says.
        tone: (entry) => (entry.grpc.libraries?.length ? 'warn' : undefined),
      },
    ],
    filters: [
      {
        id: 'libraries-differ',
        label: 'filter.librariesDiffer',
        matches: (entry) => (entry.grpc.libraries?.length ?? 0) > 0,
      },
    ],
  },
});
