/**
 * Typed cross-references between tables. The code unions come from the content
 * itself, so a reference to a code that does not exist fails type checking; the
 * build checks them again at run time (src/lib/validate.ts) for a clear message.
 */
import type { httpStatusCodes } from '../../content/http/status-codes.ts';

/** Every HTTP status code the HTTP table has. */
export type HttpStatusCodeNumber = (typeof httpStatusCodes)[number]['code'];

export interface HttpRef {
  readonly table: 'http/status-codes';
  readonly code: HttpStatusCodeNumber;
}

/** The 17 canonical gRPC constant names (google.rpc.Code). */
export type GrpcCodeName =
  | 'OK'
  | 'CANCELLED'
  | 'UNKNOWN'
  | 'INVALID_ARGUMENT'
  | 'DEADLINE_EXCEEDED'
  | 'NOT_FOUND'
  | 'ALREADY_EXISTS'
  | 'PERMISSION_DENIED'
  | 'RESOURCE_EXHAUSTED'
  | 'FAILED_PRECONDITION'
  | 'ABORTED'
  | 'OUT_OF_RANGE'
  | 'UNIMPLEMENTED'
  | 'INTERNAL'
  | 'UNAVAILABLE'
  | 'DATA_LOSS'
  | 'UNAUTHENTICATED';

export interface GrpcRef {
  readonly table: 'grpc/status-codes';
  readonly code: GrpcCodeName;
}
