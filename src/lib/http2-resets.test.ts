import { describe, expect, it } from 'vitest';
import { resetsReportedAs } from './http2-resets.ts';
import { http2ErrorCodes } from '../../content/http2/error-codes.ts';
import type { Http2ErrorCodeEntry } from '../schema/layers.ts';

const codes: readonly Http2ErrorCodeEntry[] = http2ErrorCodes;
const names = (status: string) => {
  const found = resetsReportedAs(status, codes);
  return {
    protocol: found.protocol.map((e) => e.name),
    libraries: Object.fromEntries(found.libraries.map((l) => [l.library, l.codes.map((e) => e.name)])),
  };
};

describe('HTTP/2 resets reported as a gRPC status', () => {
  it('UNAVAILABLE: REFUSED_STREAM by gRPC’s table; grpc-js also for resets of a connection that dropped', () => {
    expect(names('UNAVAILABLE')).toEqual({
      protocol: ['REFUSED_STREAM'],
      libraries: { 'grpc-js': ['INTERNAL_ERROR', 'CANCEL'] },
    });
  });

  it('RESOURCE_EXHAUSTED: ENHANCE_YOUR_CALM by the table, FLOW_CONTROL_ERROR in grpc-go', () => {
    expect(names('RESOURCE_EXHAUSTED')).toEqual({
      protocol: ['ENHANCE_YOUR_CALM'],
      libraries: { 'grpc-go': ['FLOW_CONTROL_ERROR'] },
    });
  });

  it('CANCELLED: CANCEL, the reset a server sends', () => {
    expect(names('CANCELLED').protocol).toEqual(['CANCEL']);
  });

  it('NOT_FOUND: no reset at all', () => {
    expect(names('NOT_FOUND')).toEqual({ protocol: [], libraries: {} });
  });

  it('every status an HTTP/2 entry names finds that entry again', () => {
    for (const entry of codes) {
      const statuses = [entry.grpc.status?.code, ...(entry.grpc.libraries ?? []).map((l) => l.status.code)];
      for (const status of statuses.filter((s) => s !== undefined)) {
        const found = resetsReportedAs(status, codes);
        const all = [...found.protocol, ...found.libraries.flatMap((l) => l.codes)];
        expect(all, `${entry.name} → ${status}`).toContain(entry);
      }
    }
  });
});
