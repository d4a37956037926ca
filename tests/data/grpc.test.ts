import { describe, expect, it } from 'vitest';
import { grpcStatusCodes } from '../../content/grpc/status-codes.ts';
import { httpToGrpcClientDefault, httpToGrpcClientMapping } from '../../content/grpc/http-to-grpc.ts';
import { httpStatusCodes } from '../../content/http/status-codes.ts';
import { getSite } from '../../src/tables/registry.ts';

// google/rpc/code.proto, "HTTP Mapping:" of each code.
const googleRpcCodeHttp = {
  OK: 200,
  CANCELLED: 499,
  UNKNOWN: 500,
  INVALID_ARGUMENT: 400,
  DEADLINE_EXCEEDED: 504,
  NOT_FOUND: 404,
  ALREADY_EXISTS: 409,
  PERMISSION_DENIED: 403,
  RESOURCE_EXHAUSTED: 429,
  FAILED_PRECONDITION: 400,
  ABORTED: 409,
  OUT_OF_RANGE: 400,
  UNIMPLEMENTED: 501,
  INTERNAL: 500,
  UNAVAILABLE: 503,
  DATA_LOSS: 500,
  UNAUTHENTICATED: 401,
} as const;

describe('gRPC status codes', () => {
  it('are the 17 canonical codes, 0 OK to 16 UNAUTHENTICATED, in order', () => {
    expect(grpcStatusCodes.map((c) => [c.code, c.name])).toEqual(
      Object.keys(googleRpcCodeHttp).map((name, i) => [i, name]),
    );
  });

  it('each link to the HTTP entry google.rpc.Code names', () => {
    const site = getSite();
    for (const c of grpcStatusCodes) {
      expect(c.http.code, c.name).toBe(googleRpcCodeHttp[c.name]);
      expect(site.link(c.http, { file: 'test', entry: c.name }).anchor).toBe(
        String(googleRpcCodeHttp[c.name]),
      );
    }
  });

  it('say which the gRPC library generates itself (statuscodes.md) and which it never does', () => {
    const never = grpcStatusCodes.filter((c) => c.libraryCases.length === 0).map((c) => c.name);
    expect(never).toEqual(
      expect.arrayContaining([
        'INVALID_ARGUMENT',
        'NOT_FOUND',
        'ALREADY_EXISTS',
        'FAILED_PRECONDITION',
        'ABORTED',
        'OUT_OF_RANGE',
        'DATA_LOSS',
      ]),
    );
    for (const name of [
      'CANCELLED',
      'UNKNOWN',
      'DEADLINE_EXCEEDED',
      'RESOURCE_EXHAUSTED',
      'UNIMPLEMENTED',
      'INTERNAL',
      'UNAVAILABLE',
      'UNAUTHENTICATED',
    ]) {
      expect(never, name).not.toContain(name);
    }
  });

  it("follow gRPC's HTTP → gRPC table for non-gRPC responses", () => {
    const table = Object.fromEntries(httpToGrpcClientMapping.map((r) => [r.http, r.grpc]));
    expect(table).toMatchObject({
      400: 'INTERNAL',
      401: 'UNAUTHENTICATED',
      403: 'PERMISSION_DENIED',
      404: 'UNIMPLEMENTED',
      429: 'UNAVAILABLE',
      502: 'UNAVAILABLE',
      503: 'UNAVAILABLE',
      504: 'UNAVAILABLE',
    });
    expect(httpToGrpcClientDefault).toBe('UNKNOWN');
  });
});

describe('HTTP ↔ gRPC cross-links', () => {
  it('every HTTP entry lists exactly the gRPC codes that map to it, and their links resolve', () => {
    const site = getSite();
    const http = site.table('http/status-codes');
    for (const entry of httpStatusCodes) {
      const expected = grpcStatusCodes.filter((g) => g.http.code === entry.code).map((g) => g.name);
      expect(http.export.facts(entry, site)['grpc'], String(entry.code)).toEqual(expected);
    }
    expect(
      http.export.facts(
        httpStatusCodes.find((e) => e.code === 400)!,
        site,
      )['grpc'],
    ).toEqual(['INVALID_ARGUMENT', 'FAILED_PRECONDITION', 'OUT_OF_RANGE']);
  });

  it('every HTTP entry says what a gRPC client reports for it: NOT_FOUND → 404, yet 404 → UNIMPLEMENTED', () => {
    const site = getSite();
    const http = site.table('http/status-codes');
    const clientCode = (code: number) =>
      http.export.facts(
        httpStatusCodes.find((e) => e.code === code)!,
        site,
      )['grpcClientCode'];
    expect(clientCode(404)).toBe('UNIMPLEMENTED');
    expect(clientCode(503)).toBe('UNAVAILABLE');
    expect(clientCode(200)).toBe('UNKNOWN');
    expect(clientCode(100)).toBeNull();
  });
});
