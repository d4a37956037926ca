import { describe, expect, it } from 'vitest';
import {
  grpcHttpMappings as content,
  httpToGrpcClients,
  mappingImplementations,
} from '../../content/grpc/http-mappings.ts';
import { grpcStatusCodes } from '../../content/grpc/status-codes.ts';
import { getSite } from '../../src/tables/registry.ts';
import type {
  GrpcHttpMappingEntry,
  HttpToGrpcClientTable,
  MappingChange,
  MappingImplementationId,
} from '../../src/schema/layers.ts';
import {
  codeProto,
  connectBefore2024,
  connectCodeNames,
  connectHttpToCode,
  connectHttpToCodeBefore2024,
  connectNow,
  envoyGrpcToHttp,
  envoyHttpToGrpc,
  grpcGatewayByVersion,
  grpcGatewayCurrent,
  grpcHttpToGrpc,
  grpcWebFromHttpStatus,
} from '../fixtures/grpc-http-mapping-sources.ts';

const rows: readonly GrpcHttpMappingEntry[] = content;
const clients: readonly HttpToGrpcClientTable[] = httpToGrpcClients;
const columns: readonly MappingImplementationId[] = ['codeProto', 'grpcGateway', 'connect', 'envoy'];

/** The column's values as a plain table: code name → HTTP status. */
const column = (id: MappingImplementationId) =>
  Object.fromEntries(rows.map((r) => [r.name, r[id].http?.code ?? null]));

/** Every `{ table, code }` reference to the HTTP or gRPC table inside a value. */
const refsIn = (
  value: unknown,
): { table: 'http/status-codes' | 'grpc/status-codes'; code: number | string }[] => {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (typeof value !== 'object' || value === null) return [];
  const { table, code } = value as { table?: unknown; code?: unknown };
  if (
    (table === 'http/status-codes' || table === 'grpc/status-codes') &&
    (typeof code === 'number' || typeof code === 'string')
  ) {
    return [{ table, code }];
  }
  return Object.values(value).flatMap(refsIn);
};

/** Compares release tags like v1.4.1 and v2.13.0. */
const versionParts = (v: string) => v.replace(/^v/, '').split('.').map(Number);
const atOrAfter = (version: string, release: string) => {
  const [a, b] = [versionParts(version), versionParts(release)];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
};

/** The value a column had at a release, replaying its history (oldest first). */
const valueAt = (current: number, history: readonly MappingChange[] | undefined, version: string) => {
  if (!history?.length) return current;
  let value: number = history[0]!.from;
  for (const change of history) if (atOrAfter(version, change.version)) value = change.to;
  return value;
};

/** What a client table reports for an HTTP status. */
const report = (
  table: { rules: readonly { http: number; grpc: string }[]; fallback: string },
  http: number,
) => table.rules.find((r) => r.http === http)?.grpc ?? table.fallback;
const asFixture = (table: { rules: readonly { http: number; grpc: string }[]; fallback: string }) => ({
  cases: Object.fromEntries(table.rules.map((r) => [r.http, r.grpc])),
  default: table.fallback,
});

describe('gRPC → HTTP, implementation by implementation', () => {
  it('has one row per gRPC code, 0 OK to 16 UNAUTHENTICATED, each linked to its gRPC entry', () => {
    expect(rows.map((r) => [r.code, r.name])).toEqual(grpcStatusCodes.map((g) => [g.code, g.name]));
    for (const r of rows) expect(r.grpc).toEqual({ table: 'grpc/status-codes', code: r.name });
  });

  it('gives code.proto’s mapping in the reference column, the same one the gRPC entries link to', () => {
    expect(column('codeProto')).toEqual(codeProto);
    for (const g of grpcStatusCodes) expect(column('codeProto')[g.name], g.name).toBe(g.http.code);
  });

  it('gives grpc-gateway’s HTTPStatusFromCode as of commit 9648db43', () => {
    expect(column('grpcGateway')).toEqual(grpcGatewayCurrent.table);
    expect(mappingImplementations.find((i) => i.id === 'grpcGateway')!.unknownCode).toBe(
      grpcGatewayCurrent.unknownCode,
    );
  });

  it('replays grpc-gateway’s history into the value HTTPStatusFromCode had at every release read', () => {
    for (const { version, table } of grpcGatewayByVersion) {
      const replayed = Object.fromEntries(
        rows.map((r) => [r.name, valueAt(r.grpcGateway.http!.code, r.grpcGateway.history, version)]),
      );
      expect(replayed, version).toEqual(table);
    }
  });

  it('records the move of CANCELLED from 408 to 499 in grpc-gateway v2.13.0, with its commit and pull request', () => {
    const cancelled = rows.find((r) => r.name === 'CANCELLED')!;
    expect(cancelled.grpcGateway.history).toEqual([
      expect.objectContaining({
        from: 408,
        to: 499,
        version: 'v2.13.0',
        released: '2022-11-01',
        commit: '662d3f8145ead347204189978ffded7aaa08c88e',
        pullRequest: 2957,
      }),
    ]);
  });

  it('gives the Connect protocol’s table, and its history gives the table from before 2024-03-11', () => {
    expect(column('connect')).toEqual(connectNow);
    // Connect's history is one specification change: the table before it is each change's `from`.
    const beforeByHistory = Object.fromEntries(
      rows.map((r) => [r.name, r.connect.history?.[0]?.from ?? r.connect.http!.code]),
    );
    expect(beforeByHistory).toEqual(connectBefore2024);
    for (const r of rows) {
      for (const c of r.connect.history ?? [])
        expect(c.commit, r.name).toBe('1e88e8302c5cb41019eb780fe86e6a22598e9632');
    }
  });

  it('uses the Connect protocol’s code names', () => {
    for (const r of rows) {
      expect(r.connectCode, r.name).toBe(
        r.name === 'OK' ? null : connectCodeNames[r.name as keyof typeof connectCodeNames],
      );
    }
  });

  it('gives Envoy’s grpcToHttpStatus', () => {
    expect(column('envoy')).toEqual(envoyGrpcToHttp);
  });

  it('cites, in every cell, one of the sources its implementation lists', () => {
    for (const id of columns) {
      const impl = mappingImplementations.find((i) => i.id === id)!;
      const urls: readonly string[] = impl.sources.map((s) => s.url);
      for (const r of rows) expect(urls, `${r.name} / ${id}`).toContain(r[id].source.url);
    }
  });

  it('marks every row whose value ever differed from code.proto with a disagreement note', () => {
    for (const r of rows) {
      const differed = columns.some((id) => (r[id].history?.length ?? 0) > 0);
      expect(r.notes?.some((n) => n.kind === 'disagreement') ?? false, r.name).toBe(differed);
    }
  });

  it('refers only to HTTP and gRPC entries that exist', () => {
    const site = getSite();
    for (const r of rows) {
      const refs = refsIn(r);
      expect(refs.length, r.name).toBeGreaterThanOrEqual(5);
      for (const ref of refs) expect(() => site.link(ref, { file: 'test', entry: r.name })).not.toThrow();
    }
  });
});

describe('HTTP → gRPC: what each client reports for a bare HTTP error', () => {
  const client = (id: HttpToGrpcClientTable['id']) => clients.find((c) => c.id === id)!;

  it('follows gRPC’s table, Connect’s (now and before 2024), Envoy’s and grpc-web’s, as their sources have them', () => {
    expect(asFixture(client('grpc'))).toEqual(grpcHttpToGrpc);
    expect(asFixture(client('connect'))).toEqual(connectHttpToCode);
    expect(asFixture(client('connect').before!)).toEqual(connectHttpToCodeBefore2024);
    expect(asFixture(client('envoy'))).toEqual(envoyHttpToGrpc);
    expect(asFixture(client('grpcWeb'))).toEqual(grpcWebFromHttpStatus);
  });

  it('shows that NOT_FOUND → 404, yet 404 → UNIMPLEMENTED for gRPC, Connect and Envoy clients, and NOT_FOUND only for grpc-web', () => {
    expect(rows.find((r) => r.name === 'NOT_FOUND')!.codeProto.http?.code).toBe(404);
    expect(['grpc', 'connect', 'envoy', 'grpcWeb'].map((id) => report(client(id as never), 404))).toEqual([
      'UNIMPLEMENTED',
      'UNIMPLEMENTED',
      'UNIMPLEMENTED',
      'NOT_FOUND',
    ]);
  });

  it('agrees with the row descriptions on the statuses every client maps back to the same code', () => {
    for (const [http, code] of [
      [401, 'UNAUTHENTICATED'],
      [403, 'PERMISSION_DENIED'],
      [503, 'UNAVAILABLE'],
      [500, 'UNKNOWN'],
    ] as const) {
      for (const c of clients) expect(report(c, http), `${c.id} ${http}`).toBe(code);
    }
    // 499 comes back as CANCELLED only from grpc-web.
    expect(clients.map((c) => [c.id, report(c, 499)])).toEqual([
      ['grpc', 'UNKNOWN'],
      ['connect', 'UNKNOWN'],
      ['envoy', 'UNKNOWN'],
      ['grpcWeb', 'CANCELLED'],
    ]);
  });
});
