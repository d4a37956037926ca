/**
 * Entry types of the tables for the layers around gRPC and HTTP: WebSocket close
 * codes, HTTP/2 error codes, and gRPC ↔ HTTP as each implementation maps it. Kept
 * apart from entries.ts because each of these tables also carries table-level data
 * (code ranges, a browser rule, implementation columns) that the others do not.
 *
 * Cross-references use the typed refs of refs.ts, so a reference to a gRPC or HTTP
 * entry that does not exist fails type checking.
 */
import type { EntryBase, HttpToGrpcRule } from './entries.ts';
import type { GrpcCodeName, GrpcRef, HttpRef, HttpStatusCodeNumber } from './refs.ts';
import type { Citation, Prose, Text } from './text.ts';

// ─── WebSocket close codes ───────────────────────────────────────────────────

/**
 * Standing in the IANA WebSocket Close Code Number Registry.
 * - `assigned`: the code has a meaning.
 * - `reserved`: listed as reserved, with no meaning yet (1004).
 * Codes the registry lists as unassigned (1016–2999) are not entries.
 */
export type WebSocketCloseStatus = 'assigned' | 'reserved';

/** Which endpoint puts the code in a Close frame; `none` for codes never sent. */
export type WebSocketSender = 'either' | 'client' | 'server' | 'none';

/**
 * What the side that receives the code should do about reconnecting.
 * - `not-needed`: the connection ended on purpose; reconnect only if you still need it.
 * - `with-backoff`: reconnect after a randomized, growing delay (RFC 6455, Section 7.2.3).
 * - `after-fix`: the same connection will close the same way until a bug or setting is fixed.
 * - `depends`: the code alone does not say; look at the reason or the application's rules.
 */
export type WebSocketReconnectHint = 'not-needed' | 'with-backoff' | 'after-fix' | 'depends';

/** The Discord tables whose codes are WebSocket close codes in the private-use range 4000–4999. */
export type DiscordCloseCodeTableId =
  'discord/gateway-close-codes' | 'discord/voice-close-codes' | 'discord/rpc-close-codes';

/** What a WebSocket close code means for a Discord Gateway session. */
export interface WebSocketDiscordFact {
  /** `ended`: the session is invalidated and the bot goes offline; `resumable`: it can be resumed for a few minutes. */
  readonly gatewaySession: 'ended' | 'resumable';
  /** `true` when Discord's documentation says so; `false` when it is inferred (the page says so). */
  readonly documented: boolean;
  readonly text: Prose;
  readonly source: Citation;
}

export interface WebSocketCloseCodeEntry extends EntryBase {
  readonly code: number;
  /** The name in the IANA registry, spelled as there ("Protocol error", "Mandatory Ext."). */
  readonly name: string;
  readonly status: WebSocketCloseStatus;
  /**
   * Whether an endpoint may put the code in a Close frame. `false` for 1004 (reserved) and for
   * the codes that only report a local condition (see `reportedLocally`).
   */
  readonly sentOnWire: boolean;
  /**
   * The code is never sent: an implementation reports it locally when no code arrived (1005),
   * the connection dropped without a Close frame (1006) or the TLS handshake failed (1015).
   */
  readonly reportedLocally: boolean;
  readonly sentBy: WebSocketSender;
  /** Whether a web page can pass the code to `WebSocket.close()` (only 1000 in this table). */
  readonly scriptCanSend: boolean;
  readonly reconnect: WebSocketReconnectHint;
  /** Where the code is defined: RFC 6455, Section 7.4.1, or the registration the IANA registry cites. */
  readonly spec: Citation;
  /** Who registered it, for codes registered with IANA after RFC 6455 (1012–1014). */
  readonly registeredBy?: string;
  /** The name RFC 6455, Section 11.7 gave the code, where the registry now spells it differently. */
  readonly rfcName?: string;
  /** What the code means for a Discord Gateway session, where Discord's behavior depends on it. */
  readonly discord?: WebSocketDiscordFact;
}

/**
 * A range of close codes and who may use it (RFC 6455, Section 7.4.2).
 * - `unused`: 0–999, never used.
 * - `protocol`: 1000–2999, the protocol, its revisions and extensions with a public specification.
 * - `registered`: 3000–3999, libraries, frameworks and applications, registered with IANA first come, first served.
 * - `private`: 4000–4999, private use by prior agreement; cannot be registered (Discord's codes live here).
 */
export interface WebSocketCodeRange {
  /** Anchor id of the range's row on the page, e.g. `range-4000-4999`. */
  readonly id: string;
  readonly from: number;
  readonly to: number;
  readonly use: 'unused' | 'protocol' | 'registered' | 'private';
  readonly title: Text;
  readonly description: Prose;
  readonly spec: Citation;
}

/** The browser's rule for `WebSocket.close(code, reason)` (WHATWG WebSockets Standard). */
export interface BrowserCloseRule {
  /** The codes `close()` accepts, as inclusive ranges: 1000, and 3000–4999. */
  readonly allowed: readonly { readonly from: number; readonly to: number }[];
  /** The `DOMException` thrown for any other code. */
  readonly codeError: 'InvalidAccessError';
  /** The longest reason `close()` accepts, in UTF-8 bytes. */
  readonly reasonMaxBytes: number;
  /** The `DOMException` thrown for a longer reason. */
  readonly reasonError: 'SyntaxError';
  readonly source: Citation;
}

/** How the Discord close-code tables relate to this one; rendered on both sides of the link. */
export interface DiscordCloseCodeRelation {
  readonly tables: readonly DiscordCloseCodeTableId[];
  /** The WebSocket range Discord's codes fall in. */
  readonly range: { readonly from: number; readonly to: number };
  /** One sentence for this table ("Discord's 4000–4999 codes are WebSocket private-use codes"). */
  readonly here: Text;
  /** One sentence for each Discord close-code table, linking back here. */
  readonly onDiscordPages: Text;
  /**
   * The section of a Discord page that says what the standard codes (1000, 1001, 1006) do to
   * a session: the entries with a `discord` fact link to it, and it links back to them.
   */
  readonly sessionGuidance: { readonly table: DiscordCloseCodeTableId; readonly section: string };
}

// ─── HTTP/2 error codes ──────────────────────────────────────────────────────

/** The error codes of RFC 9113, Section 7, as the RFC spells them. */
export type Http2ErrorName =
  | 'NO_ERROR'
  | 'PROTOCOL_ERROR'
  | 'INTERNAL_ERROR'
  | 'FLOW_CONTROL_ERROR'
  | 'SETTINGS_TIMEOUT'
  | 'STREAM_CLOSED'
  | 'FRAME_SIZE_ERROR'
  | 'REFUSED_STREAM'
  | 'CANCEL'
  | 'COMPRESSION_ERROR'
  | 'CONNECT_ERROR'
  | 'ENHANCE_YOUR_CALM'
  | 'INADEQUATE_SECURITY'
  | 'HTTP_1_1_REQUIRED';

/** A gRPC library whose reading of a reset is recorded where it departs from, or fills a gap in, gRPC's table. */
export type GrpcLibraryId = 'grpc-go' | 'grpc-js';

/** What one gRPC library reports for a stream reset with this code. */
export interface Http2GrpcLibraryReading {
  readonly library: GrpcLibraryId;
  readonly status: GrpcRef;
  /** The condition, if the library only reports this status in some cases. */
  readonly note?: Text;
  readonly source: Citation;
}

interface Http2GrpcMappingBase {
  /** The remark gRPC's table adds (the runtime should say the resource is bandwidth, and so on). */
  readonly remark?: Text;
  /** Libraries that report something else, or something where the table is silent. */
  readonly libraries?: readonly Http2GrpcLibraryReading[];
}

/**
 * The gRPC status a gRPC client or server reports when a stream is reset with this code
 * (RST_STREAM), per the "Errors" section of gRPC's PROTOCOL-HTTP2.md.
 * - `status`: the table gives one status.
 * - `by-sender`: CANCEL. Sent by a client, it cancels the call on the server; sent by a
 *   server, the client reports `status` (CANCELLED).
 * - `no-mapping`: STREAM_CLOSED. The table says there is no mapping: no open stream is left
 *   to report it on; implementations should log it.
 * - `not-listed`: HTTP_1_1_REQUIRED. The table has no row for it.
 */
export type Http2GrpcMapping =
  | (Http2GrpcMappingBase & { readonly rule: 'status'; readonly status: GrpcRef })
  | (Http2GrpcMappingBase & {
      readonly rule: 'by-sender';
      /** What the client reports when the server resets the stream. */
      readonly status: GrpcRef;
      /** What a reset sent by the client does on the server. */
      readonly fromClient: 'call-cancellation';
    })
  | (Http2GrpcMappingBase & { readonly rule: 'no-mapping' | 'not-listed'; readonly status: null });

export interface Http2ErrorCodeEntry extends EntryBase {
  readonly code: number;
  readonly name: Http2ErrorName;
  /** The value in hexadecimal, without leading zeros: `0x7`, `0xd`. RFC 9113 writes `0x07`. */
  readonly hex: `0x${string}`;
  /** RFC 9113, Section 7. */
  readonly spec: Citation;
  /** The section of RFC 9113 that says more about when the code is used, where there is one. */
  readonly seeAlso?: Citation;
  readonly grpc: Http2GrpcMapping;
}

// ─── gRPC ↔ HTTP, implementation by implementation ───────────────────────────

/**
 * The columns of the gRPC → HTTP comparison, in page order; `codeProto` is the reference.
 * gRPC-Web is not a column: its `StatusCode.getHttpStatus` helper is never called by the
 * client and is not in the published package; its client mapping is in the HTTP → gRPC tables.
 */
export type MappingImplementationId = 'codeProto' | 'grpcGateway' | 'connect' | 'envoy';

/** What a column is and where its values were read. */
export interface MappingImplementation {
  readonly id: MappingImplementationId;
  /** As people know it: "google.rpc.Code", "grpc-gateway", "Connect". Not translated. */
  readonly name: string;
  /** The function or table the values come from: `runtime.HTTPStatusFromCode`. */
  readonly reference: string;
  /** What the implementation is and when this mapping applies. */
  readonly description: Prose;
  /** The files or documents read, each naming its version or commit. Every cell cites one of them. */
  readonly sources: readonly Citation[];
  /** The HTTP status for a code outside the 17 (`null`: the source defines none). */
  readonly unknownCode: HttpStatusCodeNumber | null;
}

/** A release, or a change to a specification, that changed a mapping. */
export interface MappingRelease {
  /** The first release with the new value: `v2.13.0`; for a specification, the date it changed. */
  readonly version: string;
  /** When that release (or the specification change) was published: `2022-11-01`. */
  readonly released: string;
  /** The commit that made the change, in full. */
  readonly commit: string;
  readonly pullRequest?: number;
  readonly source: Citation;
  /** Library releases that shipped a specification change: connect-go v1.16.0, and so on. */
  readonly shippedIn?: readonly {
    readonly library: string;
    readonly version: string;
    readonly released: string;
  }[];
}

/** A value a mapping had before, and the release that changed it. */
export interface MappingChange extends MappingRelease {
  readonly from: HttpStatusCodeNumber;
  readonly to: HttpStatusCodeNumber;
}

/** One cell of the gRPC → HTTP comparison. */
export interface GrpcToHttpCell {
  /** The HTTP status; `null` where the implementation has no mapping for the code. */
  readonly http: HttpRef | null;
  /** Where the value was read: one of the implementation's `sources`. */
  readonly source: Citation;
  /** Earlier values, oldest first. */
  readonly history?: readonly MappingChange[];
  readonly note?: Text;
}

/** One row of /grpc/http-mappings/: a gRPC code and the HTTP status each implementation gives it. */
export interface GrpcHttpMappingEntry
  extends EntryBase, Readonly<Record<MappingImplementationId, GrpcToHttpCell>> {
  readonly code: number;
  readonly name: GrpcCodeName;
  /** The entry on /grpc/status-codes/. */
  readonly grpc: GrpcRef;
  /** The code's name in the Connect protocol (`not_found`, `canceled`); `null` for OK, which is not an error code there. */
  readonly connectCode: string | null;
}

/** The texts of the diagram of both mappings on /grpc/http-mappings/; the lines come from the data. */
export interface MappingDiagramTexts {
  readonly heading: { readonly id: string; readonly title: Text; readonly intro: Prose };
  /** The image's accessible name and description. */
  readonly title: Text;
  readonly description: Text;
  readonly columns: { readonly grpc: Text; readonly http: Text };
  /** What each set of lines means: code.proto's gRPC → HTTP, and the gRPC client's HTTP → gRPC. */
  readonly legends: { readonly codeProto: Text; readonly grpcClient: Text };
  /** The node for every status without a rule of its own in the client's table. */
  readonly otherStatus: Text;
}

/** The clients compared in the HTTP → gRPC direction; `grpc` is gRPC's own table. */
export type HttpToGrpcClientId = 'grpc' | 'connect' | 'envoy' | 'grpcWeb';

/**
 * What a client reports when a response carries an HTTP error and no status of its own
 * protocol (a proxy or web server answered instead of the RPC server).
 */
export interface HttpToGrpcClientTable {
  readonly id: HttpToGrpcClientId;
  readonly name: string;
  /** When the client uses the table. */
  readonly applies: Text;
  readonly rules: readonly HttpToGrpcRule[];
  /** The code for every HTTP status without a rule. */
  readonly fallback: GrpcCodeName;
  readonly source: Citation;
  /** The table the implementation used before, where it changed. */
  readonly before?: {
    /** The release or specification change that replaced this table with the one above. */
    readonly until: MappingRelease;
    readonly rules: readonly HttpToGrpcRule[];
    readonly fallback: GrpcCodeName;
    readonly source: Citation;
  };
}
