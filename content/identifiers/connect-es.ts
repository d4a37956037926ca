/**
 * gRPC status codes as connect-es names them: the enum `Code` of @connectrpc/connect (src/code.ts).
 * Like connect-go, it has no member for 0 (OK).
 * Checked against the installed package.
 * @see https://www.npmjs.com/package/@connectrpc/connect/v/2.3.0
 */
import type { LibraryIdentifiers } from '../../src/schema/identifiers.ts';

export const connectEs = {
  library: {
    id: 'connect-es',
    language: 'JavaScript',
    name: 'connect-es (@connectrpc/connect)',
    version: '2.3.0',
    source: {
      label: 'npm: @connectrpc/connect 2.3.0',
      url: 'https://www.npmjs.com/package/@connectrpc/connect/v/2.3.0',
    },
  },
  table: 'grpc/status-codes',
  coverage: 'complete',
  identifiers: [
    { code: 1, identifier: 'Code.Canceled' },
    { code: 2, identifier: 'Code.Unknown' },
    { code: 3, identifier: 'Code.InvalidArgument' },
    { code: 4, identifier: 'Code.DeadlineExceeded' },
    { code: 5, identifier: 'Code.NotFound' },
    { code: 6, identifier: 'Code.AlreadyExists' },
    { code: 7, identifier: 'Code.PermissionDenied' },
    { code: 8, identifier: 'Code.ResourceExhausted' },
    { code: 9, identifier: 'Code.FailedPrecondition' },
    { code: 10, identifier: 'Code.Aborted' },
    { code: 11, identifier: 'Code.OutOfRange' },
    { code: 12, identifier: 'Code.Unimplemented' },
    { code: 13, identifier: 'Code.Internal' },
    { code: 14, identifier: 'Code.Unavailable' },
    { code: 15, identifier: 'Code.DataLoss' },
    { code: 16, identifier: 'Code.Unauthenticated' },
  ],
} as const satisfies LibraryIdentifiers;
