import { describe, expect, it } from 'vitest';
import { http2ErrorCodes as content } from '../../content/http2/error-codes.ts';
import { slugify } from '../../src/lib/anchors.ts';
import type { Http2ErrorCodeEntry } from '../../src/schema/layers.ts';
import {
  grpcGoHttp2ErrConvTab,
  grpcJsRstStreamSwitch,
  grpcProtocolHttp2Errors,
  rfc9113Section7,
} from '../fixtures/http2-error-codes.ts';

const codes: readonly Http2ErrorCodeEntry[] = content;

describe('HTTP/2 error codes', () => {
  it('are the 14 codes of RFC 9113, Section 7, in order, with the RFC’s names and values', () => {
    expect(codes.map((e) => [e.name, e.code])).toEqual(
      rfc9113Section7.map(([name, hex]) => [name, Number.parseInt(hex, 16)]),
    );
  });

  it('write each value in hex without leading zeros, equal to the decimal code', () => {
    for (const e of codes) {
      expect(e.hex, e.name).toBe(`0x${e.code.toString(16)}`);
      expect(Number.parseInt(e.hex, 16), e.name).toBe(e.code);
    }
  });

  it('can be searched by the RFC’s own spelling of the value (0x07)', () => {
    for (const [name, rfcHex] of rfc9113Section7) {
      const e = codes.find((x) => x.name === name)!;
      expect(e.aliases?.en, name).toContain(rfcHex);
      expect(e.aliases?.es, name).toContain(rfcHex);
    }
  });

  it('give each entry the anchors the product promises: #refused-stream, with #7 and #0x7 landing on it, all unique', () => {
    const ids = codes.flatMap((e) => [slugify(e.name), String(e.code), e.hex]);
    expect(new Set(ids).size).toBe(ids.length);
    const refused = codes.find((e) => e.name === 'REFUSED_STREAM')!;
    expect([slugify(refused.name), String(refused.code), refused.hex]).toEqual([
      'refused-stream',
      '7',
      '0x7',
    ]);
  });

  it('cite RFC 9113, Section 7 on every entry', () => {
    for (const e of codes)
      expect(e.spec.url, e.name).toBe('https://www.rfc-editor.org/rfc/rfc9113#section-7');
  });
});

describe('HTTP/2 error codes → gRPC status', () => {
  it('map each reset to the status gRPC’s PROTOCOL-HTTP2.md gives it, including the “no mapping” and per-sender cases', () => {
    for (const e of codes) {
      const row = grpcProtocolHttp2Errors[e.name as keyof typeof grpcProtocolHttp2Errors];
      if (row === undefined) {
        expect(e.grpc.rule, e.name).toBe('not-listed');
        expect(e.grpc.status, e.name).toBeNull();
      } else if (row === 'no-mapping') {
        expect(e.grpc.rule, e.name).toBe('no-mapping');
        expect(e.grpc.status, e.name).toBeNull();
      } else if (typeof row === 'object') {
        expect(e.grpc, e.name).toMatchObject({
          rule: 'by-sender',
          status: { table: 'grpc/status-codes', code: row.server },
          fromClient: row.client,
        });
      } else {
        expect(e.grpc.rule, e.name).toBe('status');
        expect(e.grpc.status, e.name).toEqual({ table: 'grpc/status-codes', code: row });
      }
    }
    expect(codes.filter((e) => e.grpc.rule === 'not-listed').map((e) => e.name)).toEqual([
      'HTTP_1_1_REQUIRED',
    ]);
  });

  it('record grpc-go’s reading wherever it differs from gRPC’s table or fills a gap, as http2ErrConvTab says', () => {
    for (const e of codes) {
      const go = grpcGoHttp2ErrConvTab[e.name];
      const reading = e.grpc.libraries?.find((l) => l.library === 'grpc-go');
      const table = e.grpc.status?.code;
      if (reading) expect(reading.status.code, e.name).toBe(go);
      else
        expect(go, `${e.name}: grpc-go differs from gRPC’s table but the entry does not say so`).toBe(table);
    }
  });

  it('record @grpc/grpc-js’s readings as its RST_STREAM switch has them', () => {
    const cases: Readonly<Record<string, string>> = grpcJsRstStreamSwitch.cases;
    const exceptions: Readonly<Record<string, string>> = grpcJsRstStreamSwitch.exceptions;
    for (const e of codes) {
      const primary = cases[e.name] ?? grpcJsRstStreamSwitch.default;
      const readings = e.grpc.libraries?.filter((l) => l.library === 'grpc-js') ?? [];
      for (const r of readings) {
        expect([primary, exceptions[e.name]], e.name).toContain(r.status.code);
      }
      if (primary !== e.grpc.status?.code) {
        expect(
          readings.map((r) => r.status.code),
          `${e.name}: grpc-js differs from gRPC’s table`,
        ).toContain(primary);
      }
      if (exceptions[e.name]) {
        expect(
          readings.map((r) => r.status.code),
          `${e.name}: grpc-js’s exception`,
        ).toContain(exceptions[e.name]);
      }
    }
  });

  it('show a disagreement note where a library contradicts a status gRPC’s table does give', () => {
    for (const e of codes) {
      const contradicted = e.grpc.libraries?.some(
        (l) => e.grpc.status !== null && l.status.code !== e.grpc.status.code && l.note === undefined,
      );
      expect(contradicted, `${e.name}: a contradicting reading needs a note`).not.toBe(true);
    }
    const flow = codes.find((e) => e.name === 'FLOW_CONTROL_ERROR')!;
    expect(flow.notes?.some((n) => n.kind === 'disagreement')).toBe(true);
  });
});
