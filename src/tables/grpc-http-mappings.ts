/**
 * gRPC ↔ HTTP by implementation: one row per gRPC code, one fact per implementation, the
 * client tables, and a diagram of both mappings drawn from the same data.
 */
import { z } from 'astro/zod';
import {
  grpcHttpMappings,
  httpToGrpcClients,
  mappingDiagram,
  mappingImplementations,
  meta,
} from '../../content/grpc/http-mappings.ts';
import type { UiKey } from '../i18n/ui-strings.ts';
import { clientOutcome, releaseLabel } from '../lib/mapping-summary.ts';
import type { SiteIndex } from '../lib/site-index.ts';
import type { GrpcHttpMappingEntry, HttpToGrpcClientTable } from '../schema/layers.ts';
import { clientRowId, clientTableStatuses } from './mapping-facts.ts';
import { defineTable, type Cell, type DiagramNode, type Fact, type PagePart } from './types.ts';

const file = 'content/grpc/http-mappings.ts';
const columns = mappingImplementations.map((i) => i.id);
const clientColumns: Record<(typeof httpToGrpcClients)[number]['id'], UiKey> = {
  grpc: 'column.grpcClient',
  connect: 'column.connectClient',
  envoy: 'column.envoy',
  grpcWeb: 'column.grpcWebClient',
};

/**
 * What each client reports for every HTTP status any of their tables names, and for any
 * other. Each row is a link target: the HTTP entries link to the row of their status.
 */
function clientTable(site: SiteIndex): PagePart {
  const from = { file, entry: 'httpToGrpcClients' };
  const statuses = clientTableStatuses;
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
          id: clientRowId(http),
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
          id: clientRowId('other'),
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

/**
 * Both mappings in one picture: gRPC codes on the left, HTTP statuses on the right; solid
 * lines for code.proto's gRPC → HTTP, dashed ones back for the gRPC client's HTTP → gRPC
 * (every status on the right, and any other, reaches some code). The figure's tables are
 * built from the same series.
 */
function diagram(site: SiteIndex): PagePart {
  const from = { file, entry: 'mappingDiagram' };
  const rows: readonly GrpcHttpMappingEntry[] = grpcHttpMappings;
  const client: HttpToGrpcClientTable = httpToGrpcClients.find((c) => c.id === 'grpc')!;
  const statuses = [
    ...new Set([
      ...rows.flatMap((r) => (r.codeProto.http ? [r.codeProto.http.code] : [])),
      ...client.rules.map((r) => r.http),
    ]),
  ].sort((a, b) => a - b);
  const httpNode = (code: number): DiagramNode => {
    const link = site.link({ table: 'http/status-codes', code }, from);
    return { id: String(code), label: link.label, link };
  };
  const grpcNode = (row: GrpcHttpMappingEntry): DiagramNode => {
    const link = site.link(row.grpc, from);
    return { id: row.name, label: link.label, link };
  };
  return {
    at: 'before-entries',
    figure: {
      heading: mappingDiagram.heading,
      diagram: {
        kind: 'two-column',
        title: mappingDiagram.title,
        description: mappingDiagram.description,
        columns: [
          { title: mappingDiagram.columns.grpc, nodes: rows.map(grpcNode) },
          {
            title: mappingDiagram.columns.http,
            nodes: [...statuses.map(httpNode), { id: 'other', label: mappingDiagram.otherStatus }],
          },
        ],
        series: [
          {
            legend: mappingDiagram.legends.codeProto,
            line: 'solid',
            direction: 'left-to-right',
            edges: rows.flatMap((r) =>
              r.codeProto.http ? [{ left: r.name, right: String(r.codeProto.http.code) }] : [],
            ),
          },
          {
            legend: mappingDiagram.legends.grpcClient,
            line: 'dashed',
            direction: 'right-to-left',
            edges: [
              ...statuses.map((status) => ({
                left: clientOutcome(client, status).grpc,
                right: String(status),
              })),
              { left: client.fallback, right: 'other' },
            ],
          },
        ],
      },
    },
  };
}

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
        value: {
          kind: 'literal' as const,
          // A specification change is named by its date and the releases that shipped it.
          value: `${c.from} → ${c.to}: ${c.shippedIn?.length ? releaseLabel(c) : `${c.version} (${c.released})`}`,
        },
      })),
    );
    if (history.length) facts.push({ label: 'fact.mappingHistory', value: { kind: 'list', items: history } });
    if (entry.connectCode)
      facts.push({ label: 'fact.connectCode', value: { kind: 'code', value: entry.connectCode } });
    facts.push({ label: 'fact.grpcEntry', value: { kind: 'entries', links: [site.link(entry.grpc, from)] } });
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
  parts: (site) => [diagram(site), clientTable(site)],
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
