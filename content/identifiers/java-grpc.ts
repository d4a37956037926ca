/**
 * gRPC status codes as grpc-java names them: the constants of the enum `io.grpc.Status.Code`.
 * Checked against the excerpt in tests/fixtures/identifiers/java-grpc.txt.
 * @see https://github.com/grpc/grpc-java/blob/8f621c03b776eed114c39969ce1bf347625d2e9d/api/src/main/java/io/grpc/Status.java
 */
import type { LibraryIdentifiers } from '../../src/schema/identifiers.ts';

export const javaGrpc = {
  library: {
    id: 'java-grpc',
    language: 'Java',
    name: 'grpc-java (io.grpc.Status.Code)',
    version: 'v1.83.1 (8f621c0)',
    source: {
      label: 'grpc/grpc-java v1.83.1: api/src/main/java/io/grpc/Status.java',
      url: 'https://github.com/grpc/grpc-java/blob/8f621c03b776eed114c39969ce1bf347625d2e9d/api/src/main/java/io/grpc/Status.java',
    },
  },
  table: 'grpc/status-codes',
  coverage: 'complete',
  identifiers: [
    { code: 0, identifier: 'Status.Code.OK' },
    { code: 1, identifier: 'Status.Code.CANCELLED' },
    { code: 2, identifier: 'Status.Code.UNKNOWN' },
    { code: 3, identifier: 'Status.Code.INVALID_ARGUMENT' },
    { code: 4, identifier: 'Status.Code.DEADLINE_EXCEEDED' },
    { code: 5, identifier: 'Status.Code.NOT_FOUND' },
    { code: 6, identifier: 'Status.Code.ALREADY_EXISTS' },
    { code: 7, identifier: 'Status.Code.PERMISSION_DENIED' },
    { code: 8, identifier: 'Status.Code.RESOURCE_EXHAUSTED' },
    { code: 9, identifier: 'Status.Code.FAILED_PRECONDITION' },
    { code: 10, identifier: 'Status.Code.ABORTED' },
    { code: 11, identifier: 'Status.Code.OUT_OF_RANGE' },
    { code: 12, identifier: 'Status.Code.UNIMPLEMENTED' },
    { code: 13, identifier: 'Status.Code.INTERNAL' },
    { code: 14, identifier: 'Status.Code.UNAVAILABLE' },
    { code: 15, identifier: 'Status.Code.DATA_LOSS' },
    { code: 16, identifier: 'Status.Code.UNAUTHENTICATED' },
  ],
} as const satisfies LibraryIdentifiers;
