/** gRPC ↔ HTTP by implementation: one row per gRPC code, one fact per implementation, and the client tables. */
import { z } from 'astro/zod';
import {
  grpcHttpMappings,
  httpToGrpcClients,
  mappingImplementations,
  meta,
} from '../../content/grpc/http-mappings.ts';
import type { UiKey } from '../i18n/ui-strings.ts';
import type { SiteIndex } from '../lib/site-index.ts';
import type { GrpcHttpMappingEntry } from '../schema/layers.ts';
import { defineTable, type Cell, type Fact, type PagePart } from './types.ts';

const file = 'content/grpc/http-mappings.ts';
const columns = mappingImplementations.map((i) => i.id);
const clientColumns: Record<(typeof httpToGrpcClients)[number]['id'], UiKey> = {
  grpc: 'column.grpcClient',
  connect: 'column.connectClient',
  envoy: 'column.envoy',
  grpcWeb: 'column.grpcWebClient',
};

/** What each client reports for every HTTP status any of their tables names, and for any other. */
function clientTable(site: SiteIndex): PagePart {
  const from = { file, entry: 'httpToGrpcClients' };
  const statuses = [...new Set(httpToGrpcClients.flatMap((c) => c.rules.map((r) => r.http)))].sort(
    (a, b) => a - b,
  );
  const grpc = (code: string): Cell => ({
    kind: 'entries',
    links: [site.link({ table: 'grpc/status-codes', code }, from)],
  });
  return {
    at: { section: 'two-directions' },
    table: {
      columns: ['column.httpStatus', ...httpToGrpcClients.map((c) => clientColumns[c.id])],
      rows: [
        ...statuses.map((http) => ({
          cells: [
            {
              kind: 'entries' as const,
              links: [site.link({ table: 'http/status-codes', code: http }, from)],
            },
            ...httpToGrpcClients.map((c) =>
              grpc(
                (c.rules as readonly { http: number; grpc: string }[]).find((r) => r.http === http)?.grpc ??
                  c.fallback,
              ),
            ),
          ],
        })),
        {
          cells: [
            { kind: 'ui', key: 'mapping.otherStatus' },
            ...httpToGrpcClients.map((c) => grpc(c.fallback)),
          ],
        },
      ],
    },
  };
}

/** An implementation gives the code another HTTP status than code.proto does. */
const disagrees = (entry: GrpcHttpMappingEntry, id: (typeof columns)[number]) =>
  entry[id].http?.code !== entry.codeProto.http?.code;

export const grpcHttpMappingsTable = defineTable({
  id: 'grpc/http-mappings',
  file,
  meta,
  entries: grpcHttpMappings as readonly GrpcHttpMappingEntry[],
  anchorStyle: 'constant',
  codeRange: { min: 0, max: 16 },
  provenance: () => ({ kind: 'official', source: 'code.proto, grpc-gateway, Connect and Envoy sources' }),
  facts(entry, site) {
    const from = { file, entry: entry.name };
    const reference = entry.codeProto.http?.code;
    const facts: Fact[] = columns.map((id) => {
      const cell = entry[id];
      return {
        label: `fact.mapping.${id}` as UiKey,
        value: cell.http
          ? { kind: 'entries', links: [site.link(cell.http, from)] }
          : { kind: 'ui', key: 'mapping.none' },
        ...(cell.http?.code !== reference ? { tone: 'warn' as const } : {}),
      };
    });
    const history = columns.flatMap((id) =>
      (entry[id].history ?? []).map((c) => ({
        label: { literal: mappingImplementations.find((i) => i.id === id)!.name },
        value: { kind: 'literal' as const, value: `${c.from} → ${c.to}: ${c.version} (${c.released})` },
      })),
    );
    if (history.length) facts.push({ label: 'fact.mappingHistory', value: { kind: 'list', items: history } });
    if (entry.connectCode)
      facts.push({ label: 'fact.connectCode', value: { kind: 'code', value: entry.connectCode } });
    return facts;
  },
  // Searching `NOT_FOUND` should land on the gRPC entry; its mapping row comes after it.
  search: { tier: () => 'secondary', nameIsIdentifier: true },
  export: {
    schema: z.object({
      connectCode: z.string().nullable().describe('The code’s name in the Connect protocol.'),
      http: z
        .object({
          codeProto: z.number().int().nullable(),
          grpcGateway: z.number().int().nullable(),
          connect: z.number().int().nullable(),
          envoy: z.number().int().nullable(),
        })
        .describe('The HTTP status each implementation gives the code today.'),
      history: z
        .array(
          z.object({
            implementation: z.enum(['codeProto', 'grpcGateway', 'connect', 'envoy']),
            from: z.number().int(),
            to: z.number().int(),
            version: z.string(),
            released: z.string(),
            commit: z.string(),
          }),
        )
        .describe('Earlier values, oldest first, with the release that changed them.'),
    }),
    facts: (entry) => ({
      connectCode: entry.connectCode,
      http: {
        codeProto: entry.codeProto.http?.code ?? null,
        grpcGateway: entry.grpcGateway.http?.code ?? null,
        connect: entry.connect.http?.code ?? null,
        envoy: entry.envoy.http?.code ?? null,
      },
      history: columns.flatMap((id) =>
        (entry[id].history ?? []).map((c) => ({
          implementation: id,
          from: c.from,
          to: c.to,
          version: c.version,
          released: c.released,
          commit: c.commit,
        })),
      ),
    }),
  },
  parts: (site) => [clientTable(site)],
  glance: {
    columns: columns.map((id) => ({
      header: `fact.mapping.${id}` as UiKey,
      cell: (entry: GrpcHttpMappingEntry) => {
        const http = entry[id].http;
        return http ? { kind: 'literal', value: String(http.code) } : { kind: 'ui', key: 'mapping.none' };
      },
      tone: (entry: GrpcHttpMappingEntry) => (disagrees(entry, id) ? 'warn' : undefined),
    })),
    filters: [
      {
        id: 'disagree',
        label: 'filter.disagree',
        matches: (entry) => columns.some((id) => disagrees(entry, id)),
      },
    ],
  },
});
