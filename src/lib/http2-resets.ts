/**
 * The way back from gRPC's reading of HTTP/2 resets (content/http2/error-codes.ts): for
 * a gRPC status, the error codes whose RST_STREAM a client reports as that status, by
 * gRPC's table and by the libraries that read some resets differently.
 */
import type { GrpcLibraryId, Http2ErrorCodeEntry } from '../schema/layers.ts';

export interface ResetsReportedAs<E> {
  /** The error codes gRPC's table maps to the status. */
  readonly protocol: readonly E[];
  /** The error codes a library reports as the status, against or beyond gRPC's table. */
  readonly libraries: readonly { readonly library: GrpcLibraryId; readonly codes: readonly E[] }[];
}

export function resetsReportedAs<E extends Pick<Http2ErrorCodeEntry, 'grpc'>>(
  status: string,
  codes: readonly E[],
): ResetsReportedAs<E> {
  const readings = codes.flatMap((entry) =>
    (entry.grpc.libraries ?? []).filter((l) => l.status.code === status).map((l) => ({ ...l, entry })),
  );
  const libraries = [...new Set(readings.map((r) => r.library))].map((library) => ({
    library,
    codes: readings.filter((r) => r.library === library).map((r) => r.entry),
  }));
  return { protocol: codes.filter((e) => e.grpc.status?.code === status), libraries };
}
