// Checks the Connect column against the real @connectrpc/connect package. It runs once
// package.json declares the devDependencies `@connectrpc/connect` (^2.3.0) and its peer
// `@bufbuild/protobuf` (^2.7.0); until then it is reported as skipped, and once declared a
// missing or broken package fails it. The package marks `codeToHttpStatus` and
// `codeFromHttpStatus` as internal, so a failure after an upgrade may mean a renamed export
// rather than a changed mapping.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { grpcHttpMappings, httpToGrpcClients } from '../../content/grpc/http-mappings.ts';
import { grpcStatusCodes } from '../../content/grpc/status-codes.ts';
import { httpStatusCodes } from '../../content/http/status-codes.ts';

/** The part of `@connectrpc/connect/protocol-connect` this test uses. */
interface ConnectProtocol {
  codeToHttpStatus(code: number): number;
  codeFromHttpStatus(httpStatus: number): number;
  codeToString(code: number): string;
}

const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  devDependencies?: Record<string, string>;
};
const declared = '@connectrpc/connect' in (packageJson.devDependencies ?? {});
// A variable specifier, so that type checking passes while the package is not installed.
const specifier = '@connectrpc/connect/protocol-connect';
const connect = declared ? ((await import(/* @vite-ignore */ specifier)) as ConnectProtocol) : undefined;

const nameOf = (code: number) => grpcStatusCodes.find((g) => g.code === code)!.name;

describe.runIf(connect)('the Connect column, against @connectrpc/connect', () => {
  // Connect's Code enum uses gRPC's numbers (Canceled = 1 … Unauthenticated = 16) and has no OK.
  const errors = grpcHttpMappings.filter((r) => r.code !== 0);

  it('gives every code the HTTP status codeToHttpStatus returns', () => {
    for (const r of errors) expect(r.connect.http?.code, r.name).toBe(connect!.codeToHttpStatus(r.code));
  });

  it('uses the code names codeToString returns', () => {
    for (const r of errors) expect(r.connectCode, r.name).toBe(connect!.codeToString(r.code));
  });

  it('reports, for every HTTP status in the HTTP table, the code codeFromHttpStatus infers', () => {
    const client = httpToGrpcClients.find((c) => c.id === 'connect')!;
    const rules: readonly { http: number; grpc: string }[] = client.rules;
    for (const { code } of httpStatusCodes.filter((h) => h.code >= 200)) {
      const expected = rules.find((r) => r.http === code)?.grpc ?? client.fallback;
      expect(nameOf(connect!.codeFromHttpStatus(code)), `HTTP ${code}`).toBe(expected);
    }
  });
});
