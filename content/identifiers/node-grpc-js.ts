/**
 * gRPC status codes as @grpc/grpc-js names them: the enum `Status` in src/constants.ts,
 * exported from the package as `status` (`import { status } from '@grpc/grpc-js'`).
 * Checked against the installed package.
 * @see https://www.npmjs.com/package/@grpc/grpc-js/v/1.14.7
 */
import type { LibraryIdentifiers } from '../../src/schema/identifiers.ts';

export const nodeGrpcJs = {
  library: {
    id: 'node-grpc-js',
    language: 'JavaScript',
    name: '@grpc/grpc-js (status)',
    version: '1.14.7',
    source: {
      label: 'npm: @grpc/grpc-js 1.14.7',
      url: 'https://www.npmjs.com/package/@grpc/grpc-js/v/1.14.7',
    },
  },
  table: 'grpc/status-codes',
  coverage: 'complete',
  identifiers: [
    { code: 0, identifier: 'status.OK' },
    { code: 1, identifier: 'status.CANCELLED' },
    { code: 2, identifier: 'status.UNKNOWN' },
    { code: 3, identifier: 'status.INVALID_ARGUMENT' },
    { code: 4, identifier: 'status.DEADLINE_EXCEEDED' },
    { code: 5, identifier: 'status.NOT_FOUND' },
    { code: 6, identifier: 'status.ALREADY_EXISTS' },
    { code: 7, identifier: 'status.PERMISSION_DENIED' },
    { code: 8, identifier: 'status.RESOURCE_EXHAUSTED' },
    { code: 9, identifier: 'status.FAILED_PRECONDITION' },
    { code: 10, identifier: 'status.ABORTED' },
    { code: 11, identifier: 'status.OUT_OF_RANGE' },
    { code: 12, identifier: 'status.UNIMPLEMENTED' },
    { code: 13, identifier: 'status.INTERNAL' },
    { code: 14, identifier: 'status.UNAVAILABLE' },
    { code: 15, identifier: 'status.DATA_LOSS' },
    { code: 16, identifier: 'status.UNAUTHENTICATED' },
  ],
} as const satisfies LibraryIdentifiers;
