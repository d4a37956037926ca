/**
 * gRPC status codes as grpc-go names them: the `Code` constants of package `codes`.
 * Go spells `Canceled` with one L, unlike the canonical `CANCELLED`.
 * Checked against the excerpt in tests/fixtures/identifiers/go-grpc.txt.
 * @see https://github.com/grpc/grpc-go/blob/1550d9e0cddb30ce99e61a2102e8294a49461e5e/codes/codes.go
 */
import type { LibraryIdentifiers } from '../../src/schema/identifiers.ts';

export const goGrpc = {
  library: {
    id: 'go-grpc',
    language: 'Go',
    name: 'grpc-go (google.golang.org/grpc/codes)',
    version: 'v1.83.1 (1550d9e)',
    source: {
      label: 'grpc/grpc-go v1.83.1: codes/codes.go',
      url: 'https://github.com/grpc/grpc-go/blob/1550d9e0cddb30ce99e61a2102e8294a49461e5e/codes/codes.go',
    },
  },
  table: 'grpc/status-codes',
  coverage: 'complete',
  identifiers: [
    { code: 0, identifier: 'codes.OK' },
    { code: 1, identifier: 'codes.Canceled' },
    { code: 2, identifier: 'codes.Unknown' },
    { code: 3, identifier: 'codes.InvalidArgument' },
    { code: 4, identifier: 'codes.DeadlineExceeded' },
    { code: 5, identifier: 'codes.NotFound' },
    { code: 6, identifier: 'codes.AlreadyExists' },
    { code: 7, identifier: 'codes.PermissionDenied' },
    { code: 8, identifier: 'codes.ResourceExhausted' },
    { code: 9, identifier: 'codes.FailedPrecondition' },
    { code: 10, identifier: 'codes.Aborted' },
    { code: 11, identifier: 'codes.OutOfRange' },
    { code: 12, identifier: 'codes.Unimplemented' },
    { code: 13, identifier: 'codes.Internal' },
    { code: 14, identifier: 'codes.Unavailable' },
    { code: 15, identifier: 'codes.DataLoss' },
    { code: 16, identifier: 'codes.Unauthenticated' },
  ],
} as const satisfies LibraryIdentifiers;
