/**
 * gRPC status codes as tonic names them: the variants of the enum `tonic::Code`.
 * Checked against the excerpt in tests/fixtures/identifiers/rust-tonic.txt.
 * @see https://github.com/hyperium/tonic/blob/6cb6056b5a748bc5a29bd48f4602dbc4e552bb7d/tonic/src/status.rs
 */
import type { LibraryIdentifiers } from '../../src/schema/identifiers.ts';

export const rustTonic = {
  library: {
    id: 'rust-tonic',
    language: 'Rust',
    name: 'tonic (tonic::Code)',
    version: 'v0.14.6 (6cb6056)',
    source: {
      label: 'hyperium/tonic tonic-v0.14.6: tonic/src/status.rs',
      url: 'https://github.com/hyperium/tonic/blob/6cb6056b5a748bc5a29bd48f4602dbc4e552bb7d/tonic/src/status.rs',
    },
  },
  table: 'grpc/status-codes',
  coverage: 'complete',
  identifiers: [
    { code: 0, identifier: 'Code::Ok' },
    { code: 1, identifier: 'Code::Cancelled' },
    { code: 2, identifier: 'Code::Unknown' },
    { code: 3, identifier: 'Code::InvalidArgument' },
    { code: 4, identifier: 'Code::DeadlineExceeded' },
    { code: 5, identifier: 'Code::NotFound' },
    { code: 6, identifier: 'Code::AlreadyExists' },
    { code: 7, identifier: 'Code::PermissionDenied' },
    { code: 8, identifier: 'Code::ResourceExhausted' },
    { code: 9, identifier: 'Code::FailedPrecondition' },
    { code: 10, identifier: 'Code::Aborted' },
    { code: 11, identifier: 'Code::OutOfRange' },
    { code: 12, identifier: 'Code::Unimplemented' },
    { code: 13, identifier: 'Code::Internal' },
    { code: 14, identifier: 'Code::Unavailable' },
    { code: 15, identifier: 'Code::DataLoss' },
    { code: 16, identifier: 'Code::Unauthenticated' },
  ],
} as const satisfies LibraryIdentifiers;
