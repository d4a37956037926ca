/**
 * The identifiers that name a table's codes in the libraries people write code
 * with (`codes.Canceled`, `HTTPStatus.IM_A_TEAPOT`, `RESTJSONErrorCodes.UnknownGuild`).
 * One file per library under `content/identifiers/`, each read from the
 * library's own source or package, never derived by a spelling rule.
 */
import type { Citation } from './text.ts';

export interface Library {
  /** Stable id, lower-case kebab: `go-grpc`, `python-http`, `discord-api-types`. */
  readonly id: string;
  /** The programming language, as shown to the reader: `Go`, `Python`, `C#`, `JavaScript`. */
  readonly language: string;
  /** The library or module as people know it: `grpc-go`, `http.HTTPStatus (standard library)`. */
  readonly name: string;
  /** The version or commit the identifiers were read from. */
  readonly version: string;
  /** The file they were read from (repository, path, version), or the package's page. */
  readonly source: Citation;
}

export interface LibraryIdentifier {
  /** The code in the table (number; for gRPC, the number too). */
  readonly code: number;
  /** As code writes it, qualified the usual way: `codes.Canceled`, `grpc.StatusCode.CANCELLED`. */
  readonly identifier: string;
  /** Other identifiers the library keeps for the same code (deprecated or renamed members). */
  readonly also?: readonly string[];
  /**
   * Only where two entries of the table share the code (Voice opcode 11 is both the old `Reset`
   * and `Clients Connect`): the `name` of the entry the identifier belongs to. The code alone
   * cannot say which one it is.
   */
  readonly entryName?: string;
}

export interface LibraryIdentifiers {
  readonly library: Library;
  /** The table whose codes these identifiers name: `grpc/status-codes`, `http/status-codes`. */
  readonly table: string;
  /**
   * `complete`: the library means to name every code of its kind, so a code of the table
   * without an identifier here is shown as "no constant" (Go has no 499).
   * `partial`: it names a selection; codes it lacks are simply not shown.
   */
  readonly coverage: 'complete' | 'partial';
  readonly identifiers: readonly LibraryIdentifier[];
}
