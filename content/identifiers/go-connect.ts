/**
 * gRPC status codes as connect-go names them: the `Code` constants of package `connect`.
 * There is deliberately no constant for 0 (OK): connect-go reports success as a nil error.
 * Checked against the excerpt in tests/fixtures/identifiers/go-connect.txt.
 * @see https://github.com/connectrpc/connect-go/blob/1291a7dcac19b00490f935dce18f44f301fc58f6/code.go
 */
import type { LibraryIdentifiers } from '../../src/schema/identifiers.ts';

export const goConnect = {
  library: {
    id: 'go-connect',
    language: 'Go',
    name: 'connect-go (connectrpc.com/connect)',
    version: 'v1.20.0 (1291a7d)',
    source: {
      label: 'connectrpc/connect-go v1.20.0: code.go',
      url: 'https://github.com/connectrpc/connect-go/blob/1291a7dcac19b00490f935dce18f44f301fc58f6/code.go',
    },
  },
  table: 'grpc/status-codes',
  coverage: 'complete',
  identifiers: [
    { code: 1, identifier: 'connect.CodeCanceled' },
    { code: 2, identifier: 'connect.CodeUnknown' },
    { code: 3, identifier: 'connect.CodeInvalidArgument' },
    { code: 4, identifier: 'connect.CodeDeadlineExceeded' },
    { code: 5, identifier: 'connect.CodeNotFound' },
    { code: 6, identifier: 'connect.CodeAlreadyExists' },
    { code: 7, identifier: 'connect.CodePermissionDenied' },
    { code: 8, identifier: 'connect.CodeResourceExhausted' },
    { code: 9, identifier: 'connect.CodeFailedPrecondition' },
    { code: 10, identifier: 'connect.CodeAborted' },
    { code: 11, identifier: 'connect.CodeOutOfRange' },
    { code: 12, identifier: 'connect.CodeUnimplemented' },
    { code: 13, identifier: 'connect.CodeInternal' },
    { code: 14, identifier: 'connect.CodeUnavailable' },
    { code: 15, identifier: 'connect.CodeDataLoss' },
    { code: 16, identifier: 'connect.CodeUnauthenticated' },
  ],
} as const satisfies LibraryIdentifiers;
