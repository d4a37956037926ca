/**
 * gRPC status codes as gRPC for .NET names them: the members of the enum `Grpc.Core.StatusCode`
 * (package Grpc.Core.Api, shared by Grpc.Net.Client and Grpc.AspNetCore).
 * Checked against the excerpt in tests/fixtures/identifiers/csharp-grpc.txt.
 * @see https://github.com/grpc/grpc-dotnet/blob/f22747c72676120b2bc69a1ba7c8bed995e29b1b/src/Grpc.Core.Api/StatusCode.cs
 */
import type { LibraryIdentifiers } from '../../src/schema/identifiers.ts';

export const csharpGrpc = {
  library: {
    id: 'csharp-grpc',
    language: 'C#',
    name: 'Grpc.Core.Api (Grpc.Core.StatusCode)',
    version: 'v2.80.0 (f22747c)',
    source: {
      label: 'grpc/grpc-dotnet v2.80.0: src/Grpc.Core.Api/StatusCode.cs',
      url: 'https://github.com/grpc/grpc-dotnet/blob/f22747c72676120b2bc69a1ba7c8bed995e29b1b/src/Grpc.Core.Api/StatusCode.cs',
    },
  },
  table: 'grpc/status-codes',
  coverage: 'complete',
  identifiers: [
    { code: 0, identifier: 'StatusCode.OK' },
    { code: 1, identifier: 'StatusCode.Cancelled' },
    { code: 2, identifier: 'StatusCode.Unknown' },
    { code: 3, identifier: 'StatusCode.InvalidArgument' },
    { code: 4, identifier: 'StatusCode.DeadlineExceeded' },
    { code: 5, identifier: 'StatusCode.NotFound' },
    { code: 6, identifier: 'StatusCode.AlreadyExists' },
    { code: 7, identifier: 'StatusCode.PermissionDenied' },
    { code: 8, identifier: 'StatusCode.ResourceExhausted' },
    { code: 9, identifier: 'StatusCode.FailedPrecondition' },
    { code: 10, identifier: 'StatusCode.Aborted' },
    { code: 11, identifier: 'StatusCode.OutOfRange' },
    { code: 12, identifier: 'StatusCode.Unimplemented' },
    { code: 13, identifier: 'StatusCode.Internal' },
    { code: 14, identifier: 'StatusCode.Unavailable' },
    { code: 15, identifier: 'StatusCode.DataLoss' },
    { code: 16, identifier: 'StatusCode.Unauthenticated' },
  ],
} as const satisfies LibraryIdentifiers;
