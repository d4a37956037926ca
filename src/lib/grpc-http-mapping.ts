/**
 * The two gRPC ↔ HTTP mappings, which are different things:
 *
 * 1. gRPC code → HTTP status: what `google.rpc.Code` documents for each code
 *    (the `http` field of content/grpc/status-codes.ts). Used by servers and
 *    gateways that expose a gRPC status over plain HTTP.
 * 2. HTTP status → gRPC code: what a gRPC *client* reports when the response is
 *    not gRPC at all (content/grpc/http-to-grpc.ts). Not the inverse of (1):
 *    NOT_FOUND maps to 404, but a 404 from a non-gRPC server becomes UNIMPLEMENTED.
 */
import type { GrpcStatusCodeEntry, HttpToGrpcRule } from '../schema/entries.ts';
import type { GrpcCodeName } from '../schema/refs.ts';

/** The gRPC codes whose `google.rpc.Code` mapping is this HTTP status (mapping 1, inverted). */
export function grpcCodesMappingTo(
  httpCode: number,
  grpcCodes: readonly GrpcStatusCodeEntry[],
): GrpcStatusCodeEntry[] {
  return grpcCodes.filter((g) => g.http.code === httpCode);
}

export interface GrpcClientOutcome {
  readonly grpc: GrpcCodeName;
  /** The explicit rule, or `undefined` when the default applies. */
  readonly rule: HttpToGrpcRule | undefined;
}

/**
 * The code a gRPC client reports for a non-gRPC response with this status
 * (mapping 2), or `null` for 1xx, which clients skip while waiting for the final response.
 */
export function grpcClientCodeFor(
  httpCode: number,
  rules: readonly HttpToGrpcRule[],
  fallback: GrpcCodeName,
): GrpcClientOutcome | null {
  if (httpCode >= 100 && httpCode < 200) return null;
  const rule = rules.find((r) => r.http === httpCode);
  return { grpc: rule?.grpc ?? fallback, rule };
}
