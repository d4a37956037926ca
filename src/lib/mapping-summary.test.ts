import { describe, expect, it } from 'vitest';
import {
  clientSummary,
  grpcToHttpSummary,
  httpStatusSummary,
  releaseLabel,
  spanLabel,
  spansOf,
} from './mapping-summary.ts';
import { grpcHttpMappings, httpToGrpcClients } from '../../content/grpc/http-mappings.ts';
import type {
  GrpcHttpMappingEntry,
  HttpToGrpcClientTable,
  MappingImplementationId,
} from '../schema/layers.ts';

const rows: readonly GrpcHttpMappingEntry[] = grpcHttpMappings;
const clients: readonly HttpToGrpcClientTable[] = httpToGrpcClients;
const columns: readonly MappingImplementationId[] = ['codeProto', 'grpcGateway', 'connect', 'envoy'];
const row = (name: string) => rows.find((r) => r.name === name)!;
const all = columns;

/** An earlier span as "implementation value (releases)", easy to read in a failure. */
const earlier = (
  spans: readonly { implementation: string; value: unknown; since?: unknown; until?: unknown }[],
) =>
  spans.map(
    (s) => `${s.implementation} ${String(s.value)} (${spanLabel(s as Parameters<typeof spanLabel>[0])})`,
  );

describe('gRPC code → HTTP status, by implementation', () => {
  it('NOT_FOUND: code.proto, grpc-gateway, Connect and Envoy all answer 404, and always have', () => {
    expect(grpcToHttpSummary(row('NOT_FOUND'), columns)).toEqual({
      today: [{ http: 404, implementations: all }],
      earlier: [],
    });
  });

  it('CANCELLED: all agree on 499 today; grpc-gateway answered 408 before v2.13.0, Connect before 2024', () => {
    const summary = grpcToHttpSummary(row('CANCELLED'), columns);
    expect(summary.today).toEqual([{ http: 499, implementations: all }]);
    expect(earlier(summary.earlier)).toEqual([
      'grpcGateway 408 (< v2.13.0)',
      'connect 408 (< 2024-03-11 (connect-go v1.16.0, @connectrpc/connect v1.5.0))',
    ]);
  });

  it('UNIMPLEMENTED: code.proto’s 501 everywhere today; Connect answered 404 before its 2024 change', () => {
    const summary = grpcToHttpSummary(row('UNIMPLEMENTED'), columns);
    expect(summary.today).toEqual([{ http: 501, implementations: all }]);
    expect(summary.earlier).toHaveLength(1);
    expect(summary.earlier[0]).toMatchObject({ implementation: 'connect', value: 404 });
    expect(summary.earlier[0]!.since).toBeUndefined();
    expect(summary.earlier[0]!.until?.released).toBe('2024-03-11');
  });

  it('FAILED_PRECONDITION: grpc-gateway’s two stretches of 412 are both earlier values, the one in between is not', () => {
    expect(earlier(grpcToHttpSummary(row('FAILED_PRECONDITION'), columns).earlier)).toEqual([
      'grpcGateway 412 (< v1.4.0)',
      'grpcGateway 412 (≥ v1.4.1, < v1.9.5)',
      'connect 412 (< 2024-03-11 (connect-go v1.16.0, @connectrpc/connect v1.5.0))',
    ]);
  });

  it('groups implementations that disagree today, each group in column order', () => {
    const split: GrpcHttpMappingEntry = {
      ...row('NOT_FOUND'),
      connect: { ...row('NOT_FOUND').connect, http: { table: 'http/status-codes', code: 400 } },
    };
    expect(grpcToHttpSummary(split, columns).today).toEqual([
      { http: 404, implementations: ['codeProto', 'grpcGateway', 'envoy'] },
      { http: 400, implementations: ['connect'] },
    ]);
  });
});

describe('the spans of a cell', () => {
  it('end with today’s value, which the last change brought', () => {
    const spans = spansOf(row('FAILED_PRECONDITION').grpcGateway);
    expect(spans.map((s) => s.value)).toEqual([412, 400, 412, 400]);
    expect(spans.map((s) => spanLabel(s))).toEqual([
      '< v1.4.0',
      '≥ v1.4.0, < v1.4.1',
      '≥ v1.4.1, < v1.9.5',
      '≥ v1.9.5',
    ]);
  });

  it('are one span without releases when nothing changed', () => {
    expect(spansOf(row('OK').envoy)).toEqual([{ value: 200 }]);
    expect(spanLabel({})).toBe('');
  });

  it('name a specification change by its date and the library releases that shipped it', () => {
    const change = row('UNIMPLEMENTED').connect.history![0]!;
    expect(releaseLabel(change)).toBe('2024-03-11 (connect-go v1.16.0, @connectrpc/connect v1.5.0)');
  });
});

describe('HTTP status → the gRPC codes each implementation sends it for', () => {
  it('404: all four send it for NOT_FOUND; Connect also sent it for UNIMPLEMENTED before 2024', () => {
    const summary = httpStatusSummary(404, rows, columns);
    expect(summary.today).toEqual([{ grpc: ['NOT_FOUND'], implementations: all }]);
    expect(earlier(summary.earlier)).toEqual([
      'connect UNIMPLEMENTED (< 2024-03-11 (connect-go v1.16.0, @connectrpc/connect v1.5.0))',
    ]);
  });

  it('500: all four send it for UNKNOWN, INTERNAL and DATA_LOSS', () => {
    expect(httpStatusSummary(500, rows, columns)).toEqual({
      today: [{ grpc: ['UNKNOWN', 'INTERNAL', 'DATA_LOSS'], implementations: all }],
      earlier: [],
    });
  });

  it('408: nobody sends it today; grpc-gateway and Connect did, for CANCELLED and DEADLINE_EXCEEDED', () => {
    const summary = httpStatusSummary(408, rows, columns);
    expect(summary.today).toEqual([]);
    expect(earlier(summary.earlier)).toEqual([
      'grpcGateway CANCELLED (< v2.13.0)',
      'grpcGateway DEADLINE_EXCEEDED (< v1.4.0)',
      'connect CANCELLED (< 2024-03-11 (connect-go v1.16.0, @connectrpc/connect v1.5.0))',
      'connect DEADLINE_EXCEEDED (< 2024-03-11 (connect-go v1.16.0, @connectrpc/connect v1.5.0))',
    ]);
  });

  it('403: grpc-gateway sent it for RESOURCE_EXHAUSTED before v1.4.0, beside PERMISSION_DENIED', () => {
    const summary = httpStatusSummary(403, rows, columns);
    expect(summary.today).toEqual([{ grpc: ['PERMISSION_DENIED'], implementations: all }]);
    expect(earlier(summary.earlier)).toEqual(['grpcGateway RESOURCE_EXHAUSTED (< v1.4.0)']);
  });

  it('418: no implementation uses it, now or before', () => {
    expect(httpStatusSummary(418, rows, columns)).toEqual({ today: [], earlier: [] });
  });
});

describe('HTTP status → what each client reports', () => {
  it('404: gRPC, Connect and Envoy report UNIMPLEMENTED, gRPC-Web reports NOT_FOUND', () => {
    expect(clientSummary(404, clients)).toEqual({
      today: [
        { grpc: 'UNIMPLEMENTED', clients: ['grpc', 'connect', 'envoy'] },
        { grpc: 'NOT_FOUND', clients: ['grpcWeb'] },
      ],
      earlier: [],
      ruled: true,
    });
  });

  it('400: Connect reported INVALID_ARGUMENT before adopting gRPC’s table in 2024', () => {
    const summary = clientSummary(400, clients)!;
    expect(summary.today).toEqual([
      { grpc: 'INTERNAL', clients: ['grpc', 'connect', 'envoy'] },
      { grpc: 'INVALID_ARGUMENT', clients: ['grpcWeb'] },
    ]);
    expect(summary.earlier).toEqual([
      expect.objectContaining({ client: 'connect', grpc: 'INVALID_ARGUMENT' }),
    ]);
    expect(releaseLabel(summary.earlier[0]!.until)).toBe(
      '2024-03-11 (connect-go v1.16.0, @connectrpc/connect v1.5.0)',
    );
  });

  it('418: every client falls back to UNKNOWN, and no rule names it', () => {
    expect(clientSummary(418, clients)).toEqual({
      today: [{ grpc: 'UNKNOWN', clients: ['grpc', 'connect', 'envoy', 'grpcWeb'] }],
      earlier: [],
      ruled: false,
    });
  });

  it('1xx: nothing, since clients skip interim responses', () => {
    expect(clientSummary(103, clients)).toBeNull();
  });
});
