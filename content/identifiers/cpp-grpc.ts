/**
 * gRPC status codes as gRPC C++ names them: the enumerators of `grpc::StatusCode`.
 * The enum also has `DO_NOT_USE = -1`, which is not a status code and is left out.
 * Checked against tests/fixtures/identifiers/cpp-grpc.txt, recorded from the API reference of 1.78.1.
 * @see https://github.com/grpc/grpc/blob/v1.78.1/include/grpcpp/support/status_code_enum.h
 */
import type { LibraryIdentifiers } from '../../src/schema/identifiers.ts';

export const cppGrpc = {
  library: {
    id: 'cpp-grpc',
    language: 'C++',
    name: 'gRPC C++ (grpc::StatusCode)',
    version: 'v1.78.1',
    source: {
      label: 'grpc/grpc v1.78.1: include/grpcpp/support/status_code_enum.h',
      url: 'https://github.com/grpc/grpc/blob/v1.78.1/include/grpcpp/support/status_code_enum.h',
    },
  },
  table: 'grpc/status-codes',
  coverage: 'complete',
  identifiers: [
    { code: 0, identifier: 'grpc::StatusCode::OK' },
    { code: 1, identifier: 'grpc::StatusCode::CANCELLED' },
    { code: 2, identifier: 'grpc::StatusCode::UNKNOWN' },
    { code: 3, identifier: 'grpc::StatusCode::INVALID_ARGUMENT' },
    { code: 4, identifier: 'grpc::StatusCode::DEADLINE_EXCEEDED' },
    { code: 5, identifier: 'grpc::StatusCode::NOT_FOUND' },
    { code: 6, identifier: 'grpc::StatusCode::ALREADY_EXISTS' },
    { code: 7, identifier: 'grpc::StatusCode::PERMISSION_DENIED' },
    { code: 8, identifier: 'grpc::StatusCode::RESOURCE_EXHAUSTED' },
    { code: 9, identifier: 'grpc::StatusCode::FAILED_PRECONDITION' },
    { code: 10, identifier: 'grpc::StatusCode::ABORTED' },
    { code: 11, identifier: 'grpc::StatusCode::OUT_OF_RANGE' },
    { code: 12, identifier: 'grpc::StatusCode::UNIMPLEMENTED' },
    { code: 13, identifier: 'grpc::StatusCode::INTERNAL' },
    { code: 14, identifier: 'grpc::StatusCode::UNAVAILABLE' },
    { code: 15, identifier: 'grpc::StatusCode::DATA_LOSS' },
    { code: 16, identifier: 'grpc::StatusCode::UNAUTHENTICATED' },
  ],
} as const satisfies LibraryIdentifiers;
