/**
 * "Paste anything": finds the status codes in text people paste (a log line, an error
 * string, a response body, a constant from their code) and turns them into links to the
 * entries, the candidates. Pure: the same in the browser, at build time and in tests.
 *
 * The parser knows protocols, never tables. It recognizes *clues*: a code or a name in a
 * *context* ("grpc-status: 14" is a gRPC status, "closed with code 4014" a WebSocket close
 * code, `"code": 50035` the code of a JSON error body), a qualified library identifier
 * (`StatusCode.UNAVAILABLE`), or a whole input that is exactly a constant (`REFUSED_STREAM`).
 * Which tables answer for a context is declared by each table (`paste` in
 * src/tables/types.ts) and reaches the parser as data, the PasteIndex of paste-index.ts, so
 * the table definition stays the one place that knows a table.
 *
 * A number that belongs to several tables is not guessed: every entry that has it is a
 * candidate, with its table (close code 4014 is a Gateway and a Voice close code). Hostile
 * input is harmless: only the first MAX_PASTE_LENGTH characters are read, control and
 * invisible formatting characters are dropped, and a candidate is built from the index
 * alone, so nothing of the input is ever echoed back.
 */

/** What a code or name in pasted text is, by the text around it. */
export const pasteContexts = [
  /** The code of a Discord API client library's error: `DiscordAPIError[50013]`, `(error code: 50013)`. */
  'api-error',
  /** The numeric `"code"` of a JSON error body: `{"message": "…", "code": 50035}`. */
  'json-error-body',
  /** A gRPC status: `grpc-status: 14`, `rpc error: code = Unavailable`, `Status{code=UNAVAILABLE`. */
  'grpc-status',
  /** A WebSocket close code: `closed with code 4014`, `close code 4004`, `CloseEvent code: 1006`. */
  'close-code',
  /** The `"op"` of a JSON gateway payload: `{"op": 9, "d": false}`. */
  'payload-opcode',
  /** An HTTP/2 error code in a stream reset or GOAWAY: `RST_STREAM … REFUSED_STREAM`, `error code 0x7`. */
  'http2-error',
  /** An HTTP response status: `HTTP/1.1 503 …`, `503 Service Unavailable`, `status code 503`. */
  'http-status',
] as const;
export type PasteContext = (typeof pasteContexts)[number];

/** Only this much of the input is read: a pasted log or body names its code early. */
export const MAX_PASTE_LENGTH = 4096;

// ─── The index the parser reads (built by paste-index.ts, shipped to the browser as JSON) ───

/** One entry as the parser sees it. The keys are short because the index ships to the browser. */
export interface PasteEntry {
  /** The code. */
  readonly c: number | string;
  /** The anchor, where it is not the code itself (`unavailable`, `11-reset`). */
  readonly a?: string;
  /** Its title in the index's language, where it is not `<code> <first name>`: `404 Not Found · No encontrado`. */
  readonly t?: string;
  /** Its names: the wire name first, then former names and the table's search terms (`0x7`). */
  readonly n: readonly string[];
  /** Library identifiers, qualified as code writes them: `codes.Unavailable`, `StatusCode::NOT_FOUND`. */
  readonly i?: readonly string[];
  /** 1 where the entry ranks below the table's others in search (client-only, observed codes). */
  readonly s?: 1;
}

/** A range of codes with its own row on a table's page (WebSocket's private-use 4000–4999). */
export interface PasteRange {
  readonly from: number;
  readonly to: number;
  readonly a: string;
  /** `4000–4999 Private use`, in the index's language. */
  readonly t: string;
}

export interface PasteTable {
  readonly id: string;
  /** The table's title in the index's language. */
  readonly title: string;
  /** Its page in the index's language: `/es/grpc/status-codes/`. */
  readonly href: string;
  readonly contexts: readonly PasteContext[];
  /** True where the table answers after those that own its contexts (Discord's view of an HTTP status). */
  readonly secondary?: true;
  readonly entries: readonly PasteEntry[];
  /** Ranges that answer for a code of the table's contexts that no entry has. */
  readonly ranges?: readonly PasteRange[];
}

export interface PasteIndex {
  readonly tables: readonly PasteTable[];
}

// ─── What the parser returns ───

export interface PasteCandidate {
  /** The table's id: `grpc/status-codes`. */
  readonly table: string;
  readonly tableTitle: string;
  readonly anchor: string;
  /** The entry's title (or the range's label), from the index: never text from the input. */
  readonly label: string;
  /** The entry's URL in the index's language. */
  readonly href: string;
  /** Listed after the primary candidates of the same clue; never the one to land on when others are primary. */
  readonly secondary: boolean;
  /** Which recognized clue this answers, 0 first: clues are ordered by how specific their context is. */
  readonly clue: number;
}

// ─── Clues ───

interface Clue {
  /** `undefined` for a library identifier or a bare constant: those are looked up in every table. */
  readonly context?: PasteContext;
  readonly code?: number;
  readonly name?: string;
  /** The name is the start of a longer phrase (an HTTP reason phrase followed by more text). */
  readonly phrase?: boolean;
  /** An exact, case-sensitive name or search term (`REFUSED_STREAM`, `0x7`) typed on its own. */
  readonly bare?: string;
  readonly identifier?: string;
  /** The text right after the clue, normalized: a log often names the code there (`4014: Disallowed intent(s)`). */
  readonly after?: string;
}

type Recognizer = readonly [PasteContext, RegExp, (m: RegExpMatchArray) => Omit<Clue, 'context'>];

const toCode = (s: string): number => (/^0x/i.test(s) ? parseInt(s, 16) : Number(s));
const code = (m: RegExpMatchArray) => ({ code: toCode(m[1]!) });
const name = (m: RegExpMatchArray) => ({ name: m[1]! });

/**
 * The patterns, by context. Every quantifier is bounded, so matching stays linear in the
 * (capped) input. They come from what libraries and tools actually print.
 */
const recognizers: readonly Recognizer[] = [
  // discord.js (`DiscordAPIError[50013]: Missing Permissions`), discord.py (`403 Forbidden (error
  // code: 50013)`), JDA (`ErrorResponseException: 50013: …`), Discord.Net (`responded with error 50013`).
  ['api-error', /\bDiscordAPIError\[(\d{1,7})\]/g, code],
  ['api-error', /\(error code:\s{0,3}(\d{1,7})\)/g, code],
  ['api-error', /\bErrorResponseException:\s{0,3}(\d{1,7})\b/g, code],
  ['api-error', /\bresponded with error (\d{1,7})\b/g, code],
  ['json-error-body', /"code"\s{0,3}:\s{0,3}(\d{1,7})\b/g, code],
  // The trailer or header (`grpc-status: 14`), Go's error string, Java's Status and
  // StatusRuntimeException, grpc-js (`14 UNAVAILABLE: …`, `{ code: 14, details: … }`),
  // C# RpcException (`StatusCode="Unavailable"`), tonic (`status: Unavailable, message:`,
  // `Status { code: Unavailable`) and Connect (`[unavailable] …`).
  ['grpc-status', /\bgrpc[-_ ]?status\b["']?\s{0,3}[:=]?\s{0,3}["']?(\d{1,2})\b/gi, code],
  ['grpc-status', /\brpc error: code = ([A-Za-z]{1,30})/g, name],
  ['grpc-status', /\bStatus\s{0,3}\{\s{0,3}code\s{0,3}[=:]\s{0,3}([A-Za-z_]{1,30})/g, name],
  ['grpc-status', /\bStatus(?:Runtime)?Exception:\s{0,3}([A-Z][A-Z_]{1,30})\b/g, name],
  [
    'grpc-status',
    /(?:^|[^\w.])(\d{1,2}) ([A-Z][A-Z_]{1,30}):/gm,
    (m) => ({ code: Number(m[1]), name: m[2]! }),
  ],
  ['grpc-status', /\bcode:\s{0,3}(\d{1,2}),\s{0,3}details:/g, code],
  ['grpc-status', /\bStatusCode\s{0,3}=\s{0,3}"([A-Za-z]{1,30})"/g, name],
  ['grpc-status', /\bstatus:\s{0,3}([A-Za-z]{1,30}),\s{0,3}message:/g, name],
  ['grpc-status', /(?:^|\bConnectError:\s{0,3})\[([a-z_]{2,30})\]/gm, name],
  // Browsers (`CloseEvent code: 1006`), gorilla (`websocket: close 1006 (abnormal closure)`),
  // discord.py (`WebSocket closed with 4014`) and the like. A year or a time is not a close code.
  [
    'close-code',
    /\b(?:close[ds]?|closing|closeevent|disconnect(?:ed)?)\b[^\d\n]{0,40}?\b(\d{4})\b(?![-:.]?\d)/gi,
    code,
  ],
  ['payload-opcode', /"op"\s{0,3}:\s{0,3}(\d{1,2})\b/g, code],
  // Node (`NGHTTP2_REFUSED_STREAM`), grpc-go (`RST_STREAM with error code: REFUSED_STREAM`),
  // Go's http2 (`stream error: …; PROTOCOL_ERROR`), curl (`HTTP/2 stream 1 …: PROTOCOL_ERROR`).
  ['http2-error', /\bNGHTTP2_([A-Z][A-Z_]{2,30})\b/g, name],
  [
    'http2-error',
    /\b(?:RST_STREAM|GOAWAY|stream error|HTTP\/2|http2)\b[^\n]{0,80}?\b([A-Z]{2,20}(?:_[A-Z]{1,20}){1,3}|CANCEL)\b/g,
    name,
  ],
  [
    'http2-error',
    /\b(?:RST_STREAM|GOAWAY)\b[^\n]{0,80}?\b(?:error[ _]?code|err(?:or)?|code)\b\s{0,3}[:=]?\s{0,3}(0x[0-9a-f]{1,8}|\d{1,3})\b/gi,
    code,
  ],
  // A status line, a status with its reason phrase, and what HTTP clients print.
  ['http-status', /\bHTTP\/[0-9.]{1,3}\s{1,3}([1-5]\d\d)\b/gi, code],
  [
    'http-status',
    /\b([1-5]\d\d) ([A-Z][A-Za-z'\- ]{1,60})/g,
    (m) => ({ code: Number(m[1]), name: m[2]!, phrase: true }),
  ],
  [
    'http-status',
    /(?<![\w-])(?:HTTP(?: error| status)?|status(?:[ _-]?code)?|response code)\s{0,3}[:=]?\s{0,3}([1-5]\d\d)\b/gi,
    code,
  ],
];

/** A qualified identifier as code writes it: `grpc.StatusCode.UNAVAILABLE`, `StatusCode::NOT_FOUND`. */
const qualifiedIdentifier = /[A-Za-z_$][\w$]{0,80}(?:(?:\.|::)[A-Za-z_$][\w$]{0,80}){1,8}/g;
/** An input that is nothing but a constant or a hex code: `REFUSED_STREAM`, `UNAVAILABLE`, `0x7`. */
const bareConstant = /^(?:[A-Z][A-Z0-9]{1,40}(?:_[A-Z0-9]{1,40}){0,8}|0x[0-9a-fA-F]{1,8})$/;

/**
 * C0 and C1 controls except tab and line breaks, and the invisible formatting characters
 * that can hide or reorder text (zero-width, bidirectional overrides, the BOM).
 */
const unsafeCharacters =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

/** The part of the input the parser reads: capped, without control or invisible characters. */
export function cleanPaste(input: string): string {
  return String(input).slice(0, MAX_PASTE_LENGTH).replace(unsafeCharacters, ' ').trim();
}

function clues(text: string): Clue[] {
  const found: { clue: Clue; rank: number; at: number }[] = [];
  for (const [context, pattern, read] of recognizers) {
    for (const m of text.matchAll(pattern)) {
      const end = m.index + m[0].length;
      const after = normalizeName(text.slice(end, end + 100));
      found.push({ clue: { context, ...read(m), after }, rank: pasteContexts.indexOf(context), at: m.index });
    }
  }
  // Identifiers after every context: an identifier inside a log line is its detail, not its subject.
  for (const m of text.matchAll(qualifiedIdentifier)) {
    found.push({ clue: { identifier: m[0] }, rank: pasteContexts.length, at: m.index });
  }
  if (bareConstant.test(text)) found.push({ clue: { bare: text }, rank: pasteContexts.length + 1, at: 0 });
  // Most specific context first, then in the order of the text (the sort is stable).
  return found.sort((a, b) => a.rank - b.rank || a.at - b.at).map((f) => f.clue);
}

/**
 * Whether the text holds anything the parser could look up. Needs no index: the browser
 * loads the index only once this is true, so typing `4004` or `rate limit` never loads it.
 */
export function hasClue(input: string): boolean {
  return clues(cleanPaste(input)).length > 0;
}

// ─── Matching clues to entries ───

/** Names compared without case, accents, spaces or punctuation: `Service Unavailable` = `SERVICE_UNAVAILABLE`. */
export function normalizeName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * The keys of an identifier's qualified suffixes, longest first: `grpc.StatusCode.UNAVAILABLE` →
 * `grpc.statuscode.unavailable`, `statuscode.unavailable`. Case and underscores do not count;
 * the separator does (`::` is C++ or Rust, `.` most others).
 */
function identifierKeys(identifier: string): string[] {
  const parts = identifier.split(/(\.|::)/);
  const keys: string[] = [];
  // parts alternate segment, separator, segment…; a key has at least two segments.
  for (let start = 0; start <= parts.length - 3; start += 2) {
    keys.push(
      parts
        .slice(start)
        .map((p, i) => (i % 2 === 0 ? normalizeName(p) : p))
        .join(''),
    );
  }
  return keys;
}

interface Located {
  readonly table: PasteTable;
  readonly entry: PasteEntry;
}

interface Lookup {
  /** Every name of an entry, normalised: its names and the last segment of each identifier. */
  names(entry: PasteEntry): ReadonlySet<string>;
  /** Entries by the key of each qualified suffix of their identifiers. */
  readonly identifiers: ReadonlyMap<string, readonly Located[]>;
}

const lookups = new WeakMap<PasteIndex, Lookup>();

function lookupFor(index: PasteIndex): Lookup {
  let lookup = lookups.get(index);
  if (lookup) return lookup;
  const names = new Map<PasteEntry, Set<string>>();
  const identifiers = new Map<string, Located[]>();
  for (const table of index.tables) {
    for (const entry of table.entries) {
      const last = (entry.i ?? []).map((i) => i.split(/\.|::/).pop()!);
      names.set(entry, new Set([...entry.n, ...last].map(normalizeName)));
      for (const identifier of entry.i ?? []) {
        for (const key of identifierKeys(identifier)) {
          const list = identifiers.get(key) ?? identifiers.set(key, []).get(key)!;
          if (!list.some((l) => l.entry === entry)) list.push({ table, entry });
        }
      }
    }
  }
  lookup = { names: (e) => names.get(e) ?? new Set(), identifiers };
  lookups.set(index, lookup);
  return lookup;
}

function nameMatches(clue: Clue, names: ReadonlySet<string>): boolean {
  if (clue.name === undefined) return true;
  const wanted = normalizeName(clue.name);
  if (wanted === '') return false;
  return clue.phrase ? [...names].some((n) => wanted.startsWith(n)) : names.has(wanted);
}

/** A link into `table` at `anchor`; the label comes from the index, never from the input. */
function candidate(
  table: PasteTable,
  at: { anchor: string; label: string; secondary: boolean },
  clue: number,
): PasteCandidate {
  return {
    table: table.id,
    tableTitle: table.title,
    ...at,
    href: `${table.href}#${at.anchor}`,
    secondary: table.secondary === true || at.secondary,
    clue,
  };
}

const entryCandidate = (table: PasteTable, entry: PasteEntry, clue: number): PasteCandidate =>
  candidate(
    table,
    {
      anchor: entry.a ?? String(entry.c),
      label: entry.t ?? `${entry.c} ${entry.n[0] ?? ''}`.trim(),
      secondary: entry.s === 1,
    },
    clue,
  );

/** A candidate with the normalized names of its entry (none for a range). */
interface Answer {
  readonly candidate: PasteCandidate;
  readonly names: ReadonlySet<string>;
}

function answers(clue: Clue, index: PasteIndex, lookup: Lookup, n: number): Answer[] {
  const answer = (table: PasteTable, entry: PasteEntry): Answer => ({
    candidate: entryCandidate(table, entry, n),
    names: lookup.names(entry),
  });
  if (clue.identifier !== undefined) {
    const key = identifierKeys(clue.identifier).find((k) => lookup.identifiers.has(k));
    return key ? lookup.identifiers.get(key)!.map(({ table, entry }) => answer(table, entry)) : [];
  }
  if (clue.bare !== undefined) {
    return index.tables.flatMap((table) =>
      table.entries.filter((e) => e.n.includes(clue.bare!)).map((e) => answer(table, e)),
    );
  }
  return index.tables
    .filter((table) => clue.context !== undefined && table.contexts.includes(clue.context))
    .flatMap((table) => {
      const entries = table.entries.filter(
        (e) => (clue.code === undefined || e.c === clue.code) && nameMatches(clue, lookup.names(e)),
      );
      if (entries.length > 0) return entries.map((e) => answer(table, e));
      // A code no entry has may still fall in a range the table describes (4014: private use).
      const code = clue.name === undefined ? clue.code : undefined;
      const range =
        code === undefined ? undefined : table.ranges?.find((r) => r.from <= code && code <= r.to);
      if (!range) return [];
      return [
        {
          candidate: candidate(table, { anchor: range.a, label: range.t, secondary: true }, n),
          names: new Set(),
        },
      ];
    });
}

/**
 * A clue's candidates, primary ones first. Where a code belongs to several tables but the
 * text names one of its entries right after it (`closed with code 4014: Disallowed
 * intent(s)`), that entry leads and the others become secondary: the name settles what the
 * number alone could not. A name before the code (`disconnected with code 4014`) settles nothing.
 */
function ordered(found: readonly Answer[], after: string): PasteCandidate[] {
  const primary = found.filter((a) => !a.candidate.secondary);
  const named = primary.filter((a) => [...a.names].some((name) => name.length >= 4 && after.includes(name)));
  if (primary.length > 1 && named.length === 1) {
    const lead = named[0]!.candidate;
    return [
      lead,
      ...found.filter((a) => a.candidate !== lead).map((a) => ({ ...a.candidate, secondary: true })),
    ];
  }
  return [...primary, ...found.filter((a) => a.candidate.secondary)].map((a) => a.candidate);
}

/**
 * The entries the pasted text names, most specific clue first; within a clue, primary
 * candidates before secondary ones (see `ordered`), in the index's (registry's) table order. Empty when
 * nothing is recognized: the caller then runs the normal search, quietly.
 */
export function recognize(input: string, index: PasteIndex): PasteCandidate[] {
  const text = cleanPaste(input);
  if (text === '') return [];
  const lookup = lookupFor(index);
  const seen = new Set<string>();
  const result: PasteCandidate[] = [];
  let n = 0;
  for (const clue of clues(text)) {
    const found = answers(clue, index, lookup, n).filter((a) => !seen.has(a.candidate.href));
    if (found.length === 0) continue;
    for (const a of found) seen.add(a.candidate.href);
    result.push(...ordered(found, clue.after ?? ''));
    n += 1;
  }
  return result;
}

/**
 * The candidate to go straight to, if the text leaves no doubt: the first clue's only
 * primary answer (or its only answer, when none is primary). `undefined` when that clue
 * has several, as close code 4014 has: then the reader chooses from the list.
 */
export function landingCandidate(candidates: readonly PasteCandidate[]): PasteCandidate | undefined {
  const first = candidates.filter((c) => c.clue === 0);
  const primary = first.filter((c) => !c.secondary);
  if (primary.length === 1) return primary[0];
  return primary.length === 0 && first.length === 1 ? first[0] : undefined;
}
