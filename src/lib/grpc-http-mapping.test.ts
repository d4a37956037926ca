import { describe, expect, it } from 'vitest';
import { grpcClientCodeFor, grpcCodesMappingTo } from './grpc-http-mapping.ts';
import type { GrpcStatusCodeEntry, HttpToGrpcRule } from '../schema/entries.ts';

const text = { en: 'x', es: 'y' };
const grpc = (
  code: number,
  name: GrpcStatusCodeEntry['name'],
  http: 400 | 404 | 503,
): GrpcStatusCodeEntry => ({
  code,
  name,
  nameEs: name.toLowerCase().replace(/_/g, ' '),
  http: { table: 'http/status-codes', code: http },
  retry: 'no',
  libraryCases: [],
  description: text,
});
const rules: HttpToGrpcRule[] = [
  { http: 400, grpc: 'INTERNAL' },
  { http: 404, grpc: 'UNIMPLEMENTED' },
];

describe('grpcCodesMappingTo (google.rpc.Code → HTTP, inverted)', () => {
  it('lists every gRPC code whose documented HTTP mapping is the status', () => {
    const codes = [
      grpc(3, 'INVALID_ARGUMENT', 400),
      grpc(9, 'FAILED_PRECONDITION', 400),
      grpc(5, 'NOT_FOUND', 404),
    ];
    expect(grpcCodesMappingTo(400, codes).map((c) => c.name)).toEqual([
      'INVALID_ARGUMENT',
      'FAILED_PRECONDITION',
    ]);
    expect(grpcCodesMappingTo(503, codes)).toEqual([]);
  });
});

describe('grpcClientCodeFor (HTTP → gRPC for non-gRPC responses)', () => {
  it('uses the explicit rule where there is one', () => {
    expect(grpcClientCodeFor(404, rules, 'UNKNOWN')).toEqual({ grpc: 'UNIMPLEMENTED', rule: rules[1] });
  });

  it('falls back to the default for every other final status, including 200', () => {
    expect(grpcClientCodeFor(200, rules, 'UNKNOWN')).toEqual({ grpc: 'UNKNOWN', rule: undefined });
    expect(grpcClientCodeFor(418, rules, 'UNKNOWN')).toEqual({ grpc: 'UNKNOWN', rule: undefined });
  });

  it('has no outcome for 1xx, which clients skip', () => {
    expect(grpcClientCodeFor(103, rules, 'UNKNOWN')).toBeNull();
  });
});
