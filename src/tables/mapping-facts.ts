/**
 * The brief per-implementation facts on gRPC and HTTP entries ("google.rpc.Code,
 * grpc-gateway, Connect and Envoy agree: 404"), built from the summaries in
 * src/lib/mapping-summary.ts over content/grpc/http-mappings.ts, each linking to the
 * comparison page, where every cell has its source. Also the ids of that page's client
 * table rows, which the HTTP entries link to.
 */
import {
  grpcHttpMappings,
  httpToGrpcClients,
  mappingImplementations,
  meta as comparisonMeta,
} from '../../content/grpc/http-mappings.ts';
import {
  clientSummary,
  groupBy,
  grpcToHttpSummary,
  httpStatusSummary,
  spanLabel,
} from '../lib/mapping-summary.ts';
import type { SiteIndex } from '../lib/site-index.ts';
import type {
  GrpcHttpMappingEntry,
  HttpToGrpcClientId,
  HttpToGrpcClientTable,
  MappingImplementationId,
} from '../schema/layers.ts';
import type { Text } from '../schema/text.ts';
import type { EntryLink, Fact, FactValue } from './types.ts';

const comparison = 'grpc/http-mappings';
const from = { file: 'content/grpc/http-mappings.ts', entry: 'summary' };
const rows: readonly GrpcHttpMappingEntry[] = grpcHttpMappings;
const clients: readonly HttpToGrpcClientTable[] = httpToGrpcClients;
const columns: readonly MappingImplementationId[] = mappingImplementations.map((i) => i.id);

const implementationName = (id: MappingImplementationId) =>
  mappingImplementations.find((i) => i.id === id)!.name;
const clientName = (id: HttpToGrpcClientId) => clients.find((c) => c.id === id)!.name;
const both = (make: (locale: 'en' | 'es') => string): Text => ({ en: make('en'), es: make('es') });

/** The HTTP statuses that have a row in the comparison page's client table: every status a client has a rule for. */
export const clientTableStatuses: readonly number[] = [
  ...new Set(clients.flatMap((c) => c.rules.map((r) => r.http))),
].sort((a, b) => a - b);

/** The id of a status's row in the client table: `http-404`; `http-other` for the row of every other status. */
export const clientRowId = (status: number | 'other') => `http-${status}`;

type Item = Extract<FactValue, { kind: 'list' }>['items'][number];

/**
 * One sentence when everyone agrees ("A, B and C agree: 404"), one item per group
 * otherwise ("A, B: 404", "C: 400").
 */
function grouped(groups: readonly { names: readonly string[]; value: FactValue }[]): Item[] {
  const [only] = groups;
  if (groups.length === 1 && only && only.names.length > 1) {
    return [
      {
        value: {
          kind: 'template',
          key: 'mapping.agree',
          values: {
            names: { kind: 'names', names: only.names.map((n) => ({ literal: n })) },
            value: only.value,
          },
        },
      },
    ];
  }
  return groups.map((g) => ({ label: { literal: g.names.join(', ') }, value: g.value }));
}

const httpValue = (site: SiteIndex, code: number | null): FactValue =>
  code === null
    ? { kind: 'ui', key: 'mapping.none' }
    : { kind: 'entries', links: [site.link({ table: 'http/status-codes', code }, from)] };

const grpcValue = (site: SiteIndex, names: readonly string[]): FactValue =>
  names.length === 0
    ? { kind: 'ui', key: 'grpcMapped.none' }
    : { kind: 'entries', links: names.map((code) => site.link({ table: 'grpc/status-codes', code }, from)) };

/** A link to the comparison page, titled "<page> (<where>)". */
const toComparison = (anchor: string | undefined, where: string | Text): EntryLink => ({
  table: comparison,
  ...(anchor ? { anchor } : {}),
  label: both((l) => `${comparisonMeta.title[l]} (${typeof where === 'string' ? where : where[l]})`),
});

const seeAlso = (link: EntryLink): Item => ({
  label: 'fact.seeAlso',
  value: { kind: 'entries', links: [link] },
});

/**
 * On a gRPC entry: the HTTP status each implementation answers with today (one line when
 * they agree), the earlier values that differed, and a link to the code's comparison row.
 */
export function httpByImplementationFact(grpcCode: string, site: SiteIndex): Fact[] {
  const row = rows.find((r) => r.name === grpcCode);
  if (!row) return [];
  const summary = grpcToHttpSummary(row, columns);
  const items: Item[] = [
    ...grouped(
      summary.today.map((g) => ({
        names: g.implementations.map(implementationName),
        value: httpValue(site, g.http),
      })),
    ),
    ...summary.earlier.map((s) => ({
      label: { literal: `${implementationName(s.implementation)} ${spanLabel(s)}` },
      value: httpValue(site, s.value),
    })),
    seeAlso(toComparison(site.link({ table: comparison, code: row.name }, from).anchor, row.name)),
  ];
  return [
    {
      label: 'fact.httpByImplementation',
      value: { kind: 'list', items },
      // The implementations disagree today: worth a look before relying on the status.
      ...(summary.today.length > 1 ? { tone: 'warn' as const } : {}),
    },
  ];
}

/**
 * On an HTTP entry: the gRPC codes each implementation sends the status for, today and
 * before; nothing for a status no implementation has ever used.
 */
export function grpcByImplementationFact(status: number, site: SiteIndex): Fact[] {
  const summary = httpStatusSummary(status, rows, columns);
  if (summary.today.length === 0 && summary.earlier.length === 0) return [];
  const items: Item[] = [
    ...(summary.today.length > 0
      ? grouped(
          summary.today.map((g) => ({
            names: g.implementations.map(implementationName),
            value: grpcValue(site, g.grpc),
          })),
        )
      : [{ value: { kind: 'ui', key: 'mapping.noneToday' } } satisfies Item]),
    // One item per implementation and stretch of releases, with every code it sent the status for then.
    ...groupBy(summary.earlier, (s) => `${implementationName(s.implementation)} ${spanLabel(s)}`).map(
      (spans) => ({
        label: { literal: `${implementationName(spans[0]!.implementation)} ${spanLabel(spans[0]!)}` },
        value: grpcValue(
          site,
          spans.map((s) => s.value),
        ),
      }),
    ),
    seeAlso(toComparison(undefined, `HTTP ${status}`)),
  ];
  return [
    {
      label: 'fact.grpcByImplementation',
      value: { kind: 'list', items },
      ...(summary.today.length > 1 ? { tone: 'warn' as const } : {}),
    },
  ];
}

/**
 * On an HTTP entry: what each client (gRPC, Connect, Envoy, gRPC-Web) reports for a
 * response with the status and no status of its own protocol, and what a client reported
 * before its table changed. Nothing where no client has a rule for the status (every one
 * reports its fallback, which the gRPC client fact already says) and for 1xx.
 */
export function clientsReportFact(status: number, site: SiteIndex): Fact[] {
  const summary = clientSummary(status, clients);
  if (!summary?.ruled) return [];
  const row = clientTableStatuses.includes(status);
  const twoDirections = comparisonMeta.sections.find((s) => s.id === 'two-directions')!;
  const items: Item[] = [
    ...grouped(
      summary.today.map((g) => ({ names: g.clients.map(clientName), value: grpcValue(site, [g.grpc]) })),
    ),
    ...summary.earlier.map((e) => ({
      label: { literal: `${clientName(e.client)} ${spanLabel({ until: e.until })}` },
      value: grpcValue(site, [e.grpc]),
    })),
    seeAlso(
      row
        ? toComparison(clientRowId(status), `HTTP ${status}`)
        : toComparison(twoDirections.id, twoDirections.title),
    ),
  ];
  return [{ label: 'fact.clientsReport', value: { kind: 'list', items } }];
}
