import { describe, expect, it } from 'vitest';
import { grpcHttpMappings } from '../../content/grpc/http-mappings.ts';
import { grpcStatusCodes, meta } from '../../content/grpc/status-codes.ts';
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

// AIP-194 (aip-dev/google.aip.dev, aip/general/0194.md at 126bed45, unchanged in substance since 2023),
// group by group, and the Retry advice each group gets on the site.
const aip194 = {
  /** "Retryable codes". */
  retryable: ['UNAVAILABLE'],
  /** "Non-retryable codes": should not be automatically retried for any request. */
  nonRetryable: ['OK', 'CANCELLED', 'DEADLINE_EXCEEDED', 'INVALID_ARGUMENT', 'DATA_LOSS'],
  /** "Generally non-retryable codes", with what AIP-194 says about each. */
  generallyNonRetryable: {
    RESOURCE_EXHAUSTED: 'may be retryable when the shortage is not an exhausted quota',
    INTERNAL: 'surface immediately to the application',
    UNKNOWN: 'surface immediately to the application',
    ABORTED: 'retry at a higher level (the entire transaction)',
  },
  /** "Should not be automatically retried ... until" a resource, permission, state or range changes. */
  notUntilSomethingChanges: [
    'NOT_FOUND',
    'ALREADY_EXISTS',
    'PERMISSION_DENIED',
    'UNAUTHENTICATED',
    'FAILED_PRECONDITION',
    'OUT_OF_RANGE',
    'UNIMPLEMENTED',
  ],
} as const;

describe('gRPC retry advice', () => {
  const retryOf = (name: string) => grpcStatusCodes.find((c) => c.name === name)?.retry;

  it("follows AIP-194's groups for every code", () => {
    const expected: Record<string, string> = {};
    for (const name of aip194.retryable) expected[name] = 'retry';
    for (const name of aip194.nonRetryable) expected[name] = 'no';
    for (const name of aip194.notUntilSomethingChanges) expected[name] = 'conditional';
    // The "generally non-retryable" group is split by what AIP-194 says about each code; the
    // retrying section of the page says so.
    expected['RESOURCE_EXHAUSTED'] = 'conditional';
    expected['ABORTED'] = 'conditional';
    expected['INTERNAL'] = 'no';
    expected['UNKNOWN'] = 'no';
    expect(Object.keys(expected).sort()).toEqual(Object.keys(googleRpcCodeHttp).sort());
    expect(Object.fromEntries(grpcStatusCodes.map((c) => [c.name, c.retry]))).toEqual(expected);
  });

  it('explains on the page how the generally non-retryable codes were labelled', () => {
    const section = meta.sections.find((s) => s.id === 'retrying')!;
    for (const lang of ['en', 'es'] as const) {
      const text = section.body[lang].join(' ');
      for (const name of Object.keys(aip194.generallyNonRetryable))
        expect(text, lang).toContain(`\`${name}\``);
      expect(text, lang).toContain('AIP-194');
    }
    expect(retryOf('DEADLINE_EXCEEDED')).toBe('no');
    expect(retryOf('UNIMPLEMENTED')).toBe('conditional');
  });
});

describe('FAILED_PRECONDITION and HTTP 412', () => {
  // google/rpc/code.proto says only "HTTP Mapping: 400 Bad Request"; its 412 remark was removed
  // in googleapis commit 1e72437343 (2016-11-03). AIP-154 answers a stale ETag with ABORTED.
  const entry = grpcStatusCodes.find((c) => c.name === 'FAILED_PRECONDITION')!;
  const currentTexts = [
    entry.description,
    entry.httpNote,
    meta.sections.find((s) => s.id === 'choosing-failed-precondition-aborted-unavailable')!.body,
  ].flatMap((t) => [t.en, t.es].flat());

  it('says the same on the mappings page: 400, with the 412 remark as history', () => {
    const row = grpcHttpMappings.find((r) => r.name === 'FAILED_PRECONDITION')!;
    const texts = [row.description.en, row.description.es].flat();
    for (const text of texts) expect(text).not.toMatch(/code\.proto reserv(es|a) (el )?412/);
    expect(texts.join(' ')).toContain('2016');
  });

  it('maps to 400, and no current text offers 412 as an alternative', () => {
    expect(entry.http.code).toBe(400);
    for (const text of currentTexts) {
      expect(text).not.toMatch(
        /\(or 412|\(o 412|may return 412|puede devolver 412|412 instead|412 en su lugar/,
      );
      expect(text).not.toMatch(/code\.proto[^.]*(adds|añade)[^.]*412/);
    }
  });

  it('keeps the 412 history in a note, with its dates', () => {
    const history = (entry.notes ?? []).map((n) => [n.text.en, n.text.es].flat().join(' ')).join(' ');
    expect(history).toContain('2016');
    expect(history).toContain('v1.9.5');
    expect(history).toContain('2021');
  });
});
