/**
 * The shape of every table's entries. Content files under `content/` declare
 * their arrays `as const satisfies readonly XEntry[]`, so a missing field, a
 * misspelled fact or a missing language fails type checking.
 */
import type { Citation, Note, Prose, Text } from './text.ts';
import type { GrpcCodeName, HttpRef, HttpStatusCodeNumber } from './refs.ts';

/** Fields every entry of every table has. */
export interface EntryBase {
  /** The number (or, for Discord's "5xx" row, the class) that identifies the entry in its table. */
  readonly code: number | string;
  /** The name as the authority spells it (constant, reason phrase, opcode name). Not translated. */
  readonly name: string;
  /**
   * The name on the Spanish pages, shown after the wire name ("404 Not Found · No encontrado"),
   * or why the name stays as the source spells it.
   */
  readonly nameEs: string | NameKept;
  /** Other names people search for: former names, other spellings, everyday words. */
  readonly aliases?: Aliases;
  /** What it means and what to do about it. */
  readonly description: Prose;
  /** Remarks shown under the description: source disagreements, traps, context. */
  readonly notes?: readonly Note[];
  /**
   * Set on every entry of a code the source lists more than once (Discord's voice
   * opcode 11): the build accepts the duplicate and gives each entry its own anchor.
   */
  readonly documentedDuplicate?: true;
}

/**
 * Why an entry's name is not translated on the Spanish pages.
 * - `payload`: the name of a message or payload in the protocol (`Identify`, `Hello`, `Heartbeat ACK`);
 *   Spanish documentation and code use it as is. Everyday Spanish words go in `aliases.es`.
 * - `identifier`: an identifier or constant (`LISTING_ALREADY_JOINED`).
 * - `proper-noun`: a product or brand name.
 */
export interface NameKept {
  readonly kept: 'payload' | 'identifier' | 'proper-noun';
}

/** A name an entry had before, with where and when it changed. */
export interface FormerName {
  readonly name: string;
  /** "before RFC 9110 (2022)" / "antes del RFC 9110 (2022)". */
  readonly changed: Text;
}

export interface Aliases {
  /** Former official names, shown on the entry with when they changed. */
  readonly former?: readonly FormerName[];
  /** Other names and spellings used by other sources, and the words English speakers use. Searchable. */
  readonly en?: readonly string[];
  /** The same for Spanish speakers (the Spanish source's names, «latido», «reanudar»). Searchable on /es/. */
  readonly es?: readonly string[];
}

/**
 * Whether repeating a request can succeed, in the same three values for every table,
 * whatever the table's own, finer advice: `yes` (a transient condition: retry with
 * backoff or after the time the server gives), `conditional` (only after something
 * changes, or only for idempotent requests), `no` (it fails the same way).
 */
export type Retryable = 'yes' | 'conditional' | 'no';

// ─── gRPC ────────────────────────────────────────────────────────────────────

/**
 * Whether to retry, following the groups of Google's AIP-194 (https://google.aip.dev/194).
 * tests/data/grpc.test.ts holds the mapping from AIP-194 to these values.
 */
export type RetryAdvice =
  /** Retryable: retry with exponential backoff (AIP-194 lists only `UNAVAILABLE`). */
  | 'retry'
  /**
   * Not until something changes (a resource, the credentials, the state, the server), or only at a
   * higher level (`ABORTED`) or after a short-lived shortage (`RESOURCE_EXHAUSTED`).
   */
  | 'conditional'
  /** Never retry automatically (AIP-194's non-retryable codes, and `INTERNAL` and `UNKNOWN`). */
  | 'no';

export interface GrpcLibraryCase {
  /** Which side's gRPC library produces the status in this situation. */
  readonly side: 'client' | 'server' | 'both';
  readonly situation: Text;
}

export interface GrpcStatusCodeEntry extends EntryBase {
  readonly code: number;
  readonly name: GrpcCodeName;
  /** The HTTP status `google.rpc.Code` documents for this code. */
  readonly http: HttpRef;
  /** Anything to add to the HTTP mapping: codes that share the status, what gateways did in the past. */
  readonly httpNote?: Text;
  readonly retry: RetryAdvice;
  /**
   * Situations in which the gRPC library itself (not application code) produces
   * this status, from grpc/grpc doc/statuscodes.md. Empty: the library never does.
   */
  readonly libraryCases: readonly GrpcLibraryCase[];
}

// ─── HTTP ────────────────────────────────────────────────────────────────────

/**
 * Registry standing of an HTTP status code.
 * - `standard`: assigned in the IANA registry.
 * - `temporary`: a temporary IANA registration (may expire).
 * - `unused`: reserved by IANA as "(Unused)".
 * - `obsoleted`: registered but obsoleted.
 * - `non-standard`: not in the IANA registry; sent by specific software (nginx, Cloudflare…).
 */
export type HttpStanding = 'standard' | 'temporary' | 'unused' | 'obsoleted' | 'non-standard';

export interface HttpStatusCodeEntry extends EntryBase {
  readonly code: number;
  /** The current reason phrase (RFC 9110 names). */
  readonly name: string;
  readonly standing: HttpStanding;
  /**
   * Where the code is defined: the specification section for a registered code; for a
   * non-standard one, the vendor's own documentation or source code (absent when no single
   * vendor defines it).
   */
  readonly spec?: Citation;
  /** Who sends a non-standard code (e.g. "nginx", "Cloudflare"). Required when `standing` is `non-standard`. */
  readonly origin?: string;
  /** Retry advice, where it applies (e.g. 429 and 503 with `Retry-After`). */
  readonly retry?: { readonly retryable: Retryable; readonly advice: Text };
}

// ─── Discord ─────────────────────────────────────────────────────────────────

/** From the client's point of view: it sends, receives, or both. */
export type Direction = 'send' | 'receive' | 'both';

/**
 * `bot-api`: in Discord's official developer documentation, for bots and apps.
 * `client-only`: used by the official Discord client; undocumented for bots, may change or
 * get an account flagged. Known from the community's user-API documentation.
 */
export type Availability = 'bot-api' | 'client-only';

export interface DiscordOpcodeEntry extends EntryBase {
  readonly code: number;
  readonly direction: Direction;
  readonly availability: Availability;
  /** `deprecated`: still listed but discouraged; `removed`: no longer accepted. */
  readonly status?: 'deprecated' | 'removed';
}

export interface DiscordVoiceOpcodeEntry extends DiscordOpcodeEntry {
  /** Voice gateway v8 sends the DAVE MLS opcodes as binary frames. */
  readonly format: 'json' | 'binary';
}

/**
 * What a client should do after the socket closes with this code.
 * - `resume`: reconnect and resume the session.
 * - `identify`: reconnect with a fresh session (identify again).
 * - `no`: do not reconnect until the cause is fixed.
 */
export type ReconnectAdvice = 'resume' | 'identify' | 'no';

export interface DiscordCloseCodeEntry extends EntryBase {
  readonly code: number;
  readonly reconnect: ReconnectAdvice;
  /**
   * `true` when Discord's official documentation states whether to reconnect;
   * `false` when the advice here is inferred (the page says so).
   */
  readonly reconnectDocumented: boolean;
  readonly availability: Availability;
}

/** Discord's advice for an HTTP status its API returns. */
export type DiscordRetry = 'no' | 'after-retry-after' | 'with-backoff' | 'your-call';

export interface DiscordHttpStatusEntry extends EntryBase {
  /** The HTTP status, or "5xx" for Discord's catch-all server-error row. */
  readonly code: number | '5xx';
  readonly retry: DiscordRetry;
  /**
   * `official`: in Discord's own table of HTTP status codes; `community`: not there, documented
   * by the community's Discord Userdoccers from what the API returns.
   */
  readonly source: 'official' | 'community';
  /** The general HTTP entry this row links to (for "5xx", the class's generic 500). */
  readonly http: HttpRef;
}

export interface DiscordJsonErrorEntry extends EntryBase {
  readonly code: number;
  /**
   * The `message` Discord returns with the code: the official text where Discord
   * documents the code, otherwise the text observed in API responses.
   */
  readonly name: string;
  /**
   * The community-observed message, only where its wording differs from the official
   * one (not for mere capitalisation or a trailing period).
   */
  readonly observedMessage?: string;
  /**
   * `official`: only in Discord's official table; `observed`: seen in API responses and
   * collected by the community, not officially documented; `both`.
   */
  readonly source: 'official' | 'observed' | 'both';
  /** The message is an internal constant (e.g. `LISTING_ALREADY_JOINED`), not a real sentence. */
  readonly placeholderName?: true;
}

export interface DiscordRpcCodeEntry extends EntryBase {
  readonly code: number;
  /**
   * `official` (the default): in the RPC tables of Discord's developer documentation.
   * `community`: not in those tables; listed by the community's documentation of the RPC
   * server (docs.discord.food), which gives names only for most of them.
   */
  readonly source?: 'official' | 'community';
}

// ─── Table-level data ────────────────────────────────────────────────────────

/** A titled block of prose on a table's page (guidance, body formats…). */
export interface Section {
  /** Anchor id, lower-case kebab, stable across languages (it is part of the public URL). */
  readonly id: string;
  readonly title: Text;
  readonly body: Prose;
  /** An optional verbatim code sample shown after the body (e.g. a JSON error body). */
  readonly example?: { readonly language: 'json' | 'proto' | 'http'; readonly code: string };
}

/** What a table's page says before (intro) and after (sections) its entries. */
export interface TableMeta {
  readonly title: Text;
  /** One or two paragraphs: what the table is, where the codes show up. */
  readonly intro: Prose;
  /** The authoritative sources the facts come from. */
  readonly sources: readonly Citation[];
  readonly sections?: readonly Section[];
}

// ─── gRPC extras ─────────────────────────────────────────────────────────────

/** A field of the `google.rpc.Status` message. */
export interface StatusField {
  readonly field: 'code' | 'message' | 'details';
  readonly number: 1 | 2 | 3;
  readonly type: string;
  readonly description: Text;
}

/** A standard error detail message from google/rpc/error_details.proto. */
export interface ErrorDetailType {
  readonly name:
    | 'ErrorInfo'
    | 'RetryInfo'
    | 'DebugInfo'
    | 'QuotaFailure'
    | 'PreconditionFailure'
    | 'BadRequest'
    | 'RequestInfo'
    | 'ResourceInfo'
    | 'Help'
    | 'LocalizedMessage';
  readonly fields: readonly string[];
  readonly description: Text;
}

/**
 * One row of gRPC's HTTP → gRPC table: the status a gRPC client reports when the
 * response is not gRPC (no `grpc-status`) and carries this HTTP status.
 * Codes without a row map to `UNKNOWN`.
 */
export interface HttpToGrpcRule {
  readonly http: HttpStatusCodeNumber;
  readonly grpc: GrpcCodeName;
  /** Where implementations differ (e.g. 431 is recent and not in every library). */
  readonly note?: Text;
}
