/**
 * gRPC status codes as the Python package grpcio names them: the members of the enum `grpc.StatusCode`.
 * Each member’s value is a tuple whose first item is the numeric code.
 * Checked against tests/fixtures/identifiers/python-grpc.txt, recorded from grpcio 1.51.1 at run time.
 * @see https://github.com/grpc/grpc/blob/v1.51.1/src/python/grpcio/grpc/__init__.py
 */
import type { LibraryIdentifiers } from '../../src/schema/identifiers.ts';

export const pythonGrpc = {
  library: {
    id: 'python-grpc',
    language: 'Python',
    name: 'grpcio (grpc.StatusCode)',
    version: '1.51.1',
    source: {
      label: 'grpc/grpc v1.51.1: src/python/grpcio/grpc/__init__.py',
      url: 'https://github.com/grpc/grpc/blob/v1.51.1/src/python/grpcio/grpc/__init__.py',
    },
  },
  table: 'grpc/status-codes',
  coverage: 'complete',
  identifiers: [
    { code: 0, identifier: 'grpc.StatusCode.OK' },
    { code: 1, identifier: 'grpc.StatusCode.CANCELLED' },
    { code: 2, identifier: 'grpc.StatusCode.UNKNOWN' },
    { code: 3, identifier: 'grpc.StatusCode.INVALID_ARGUMENT' },
    { code: 4, identifier: 'grpc.StatusCode.DEADLINE_EXCEEDED' },
    { code: 5, identifier: 'grpc.StatusCode.NOT_FOUND' },
    { code: 6, identifier: 'grpc.StatusCode.ALREADY_EXISTS' },
    { code: 7, identifier: 'grpc.StatusCode.PERMISSION_DENIED' },
    { code: 8, identifier: 'grpc.StatusCode.RESOURCE_EXHAUSTED' },
    { code: 9, identifier: 'grpc.StatusCode.FAILED_PRECONDITION' },
    { code: 10, identifier: 'grpc.StatusCode.ABORTED' },
    { code: 11, identifier: 'grpc.StatusCode.OUT_OF_RANGE' },
    { code: 12, identifier: 'grpc.StatusCode.UNIMPLEMENTED' },
    { code: 13, identifier: 'grpc.StatusCode.INTERNAL' },
    { code: 14, identifier: 'grpc.StatusCode.UNAVAILABLE' },
    { code: 15, identifier: 'grpc.StatusCode.DATA_LOSS' },
    { code: 16, identifier: 'grpc.StatusCode.UNAUTHENTICATED' },
  ],
} as const satisfies LibraryIdentifiers;
