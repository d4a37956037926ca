import { describe, expect, it } from 'vitest';
import { buildPasteIndex } from './paste-index.ts';
import { cleanPaste, landingCandidate, MAX_PASTE_LENGTH, recognize, type PasteIndex } from './paste.ts';
import { getSite } from '../tables/registry.ts';

const strings = { recognized: 'Recognized:' };
const en = buildPasteIndex(getSite(), 'en', strings);
const es = buildPasteIndex(getSite(), 'es', strings);

const hrefs = (text: string, index: PasteIndex = en) => recognize(text, index).map((c) => c.href);
const lands = (text: string, index: PasteIndex = en) => landingCandidate(recognize(text, index))?.href;

describe('pasted text lands on the entry it names', () => {
  it.each([
    // gRPC
    ['grpc-status: 14', '/grpc/status-codes/#unavailable'],
    ['rpc error: code = Unavailable desc = connection refused', '/grpc/status-codes/#unavailable'],
    ['StatusCode.UNAVAILABLE', '/grpc/status-codes/#unavailable'],
    ['Status{code=UNAVAILABLE, description=io exception, cause=null}', '/grpc/status-codes/#unavailable'],
    ['rpc error: code = Canceled desc = context canceled', '/grpc/status-codes/#cancelled'],
    [
      'rpc error: code = DeadlineExceeded desc = context deadline exceeded',
      '/grpc/status-codes/#deadline-exceeded',
    ],
    ['Error: 14 UNAVAILABLE: No connection established', '/grpc/status-codes/#unavailable'],
    [
      'io.grpc.StatusRuntimeException: PERMISSION_DENIED: caller lacks scope',
      '/grpc/status-codes/#permission-denied',
    ],
    [
      '<_InactiveRpcError of RPC that terminated with:\n\tstatus = StatusCode.NOT_FOUND\n\tdetails = "no such user"',
      '/grpc/status-codes/#not-found',
    ],
    [
      'Status(StatusCode="Unavailable", Detail="failed to connect to all addresses")',
      '/grpc/status-codes/#unavailable',
    ],
    [
      'status: Unavailable, message: "tcp connect error", details: [], metadata: {}',
      '/grpc/status-codes/#unavailable',
    ],
    ['[deadline_exceeded] the operation timed out', '/grpc/status-codes/#deadline-exceeded'],
    ['{"code": 5, "message": "user not found", "details": []}', '/grpc/status-codes/#not-found'],
    ['codes.Unavailable', '/grpc/status-codes/#unavailable'],
    ['io.grpc.Status.Code.UNAVAILABLE', '/grpc/status-codes/#unavailable'],
    // HTTP
    ['HTTP/1.1 503 Service Unavailable', '/http/status-codes/#503'],
    ['503 Service Unavailable', '/http/status-codes/#503'],
    ['HTTP/2 404', '/http/status-codes/#404'],
    ['AxiosError: Request failed with status code 502', '/http/status-codes/#502'],
    ['413 Request Entity Too Large', '/http/status-codes/#413'],
    ['HTTPStatus.IM_A_TEAPOT', '/http/status-codes/#418'],
    ['http.StatusTooManyRequests', '/http/status-codes/#429'],
    // Discord
    [
      '{"message": "Invalid Form Body", "code": 50035, "errors": {"content": {"_errors": [{"code": "BASE_TYPE_MAX_LENGTH", "message": "Must be 2000 or fewer in length."}]}}}',
      '/discord/json-error-codes/#50035',
    ],
    ['DiscordAPIError[50013]: Missing Permissions', '/discord/json-error-codes/#50013'],
    [
      'discord.errors.Forbidden: 403 Forbidden (error code: 50013): Missing Permissions',
      '/discord/json-error-codes/#50013',
    ],
    [
      'HTTP 403 Forbidden, {"message": "Missing Permissions", "code": 50013}',
      '/discord/json-error-codes/#50013',
    ],
    ['RESTJSONErrorCodes.UnknownGuild', '/discord/json-error-codes/#10004'],
    ['{"op": 9, "d": false}', undefined],
    // WebSocket
    ['CloseEvent code: 1006', '/websocket/close-codes/#1006'],
    ['websocket: close 1006 (abnormal closure): unexpected EOF', '/websocket/close-codes/#1006'],
    // HTTP/2
    ['REFUSED_STREAM', '/http2/error-codes/#refused-stream'],
    ['0x7', '/http2/error-codes/#refused-stream'],
    [
      'Error [ERR_HTTP2_STREAM_ERROR]: Stream closed with error code NGHTTP2_REFUSED_STREAM',
      '/http2/error-codes/#refused-stream',
    ],
    ['RST_STREAM received with error code 0x8', '/http2/error-codes/#cancel'],
  ])('%s', (text, expected) => {
    expect(lands(text)).toBe(expected);
  });

  it('lands on the gRPC status of a Go error, and also offers the HTTP/2 reset it mentions', () => {
    const text =
      'rpc error: code = Unavailable desc = stream terminated by RST_STREAM with error code: REFUSED_STREAM';
    expect(lands(text)).toBe('/grpc/status-codes/#unavailable');
    expect(hrefs(text)).toEqual(['/grpc/status-codes/#unavailable', '/http2/error-codes/#refused-stream']);
  });

  it('offers Discord’s advice for an HTTP status after HTTP’s own entry', () => {
    const found = recognize('HTTP/1.1 429 Too Many Requests', en);
    expect(found.map((c) => [c.href, c.secondary])).toEqual([
      ['/http/status-codes/#429', false],
      ['/discord/http-status-codes/#429', true],
    ]);
    expect(landingCandidate(found)?.href).toBe('/http/status-codes/#429');
  });
});

describe('a code that belongs to several tables is not guessed', () => {
  it.each(['WebSocket closed with code 4014', 'close code 4014', 'Shard 0 disconnected with code 4014'])(
    '%s: both Discord tables, then the WebSocket private-use range',
    (text) => {
      const found = recognize(text, en);
      expect(found.map((c) => `${c.table} ${c.anchor} ${c.secondary ? 'secondary' : 'primary'}`)).toEqual([
        'discord/gateway-close-codes 4014 primary',
        'discord/voice-close-codes 4014 primary',
        'websocket/close-codes range-4000-4999 secondary',
      ]);
      expect(landingCandidate(found)).toBeUndefined();
    },
  );

  it('lets a name right after the code settle which table the line comes from', () => {
    const found = recognize('WebSocket closed with code 4014: Disallowed intent(s)', en);
    expect(landingCandidate(found)?.href).toBe('/discord/gateway-close-codes/#4014');
    expect(found.map((c) => `${c.table} ${c.secondary ? 'secondary' : 'primary'}`)).toEqual([
      'discord/gateway-close-codes primary',
      'discord/voice-close-codes secondary',
      'websocket/close-codes secondary',
    ]);
    // A word before the code is not its name: "disconnected" is what happened, not Voice 4014.
    expect(landingCandidate(recognize('Shard 0 disconnected with code 4014', en))).toBeUndefined();
  });

  it('names each candidate’s table, in the index’s language', () => {
    const [gateway, voice, range] = recognize('close code 4014', es);
    expect(gateway).toMatchObject({
      tableTitle: 'Códigos de cierre del Gateway de Discord',
      href: '/es/discord/gateway-close-codes/#4014',
    });
    expect(voice!.tableTitle).toBe('Códigos de cierre de voz de Discord');
    expect(range).toMatchObject({
      label: '4000–4999 Uso privado',
      href: '/es/websocket/close-codes/#range-4000-4999',
    });
  });

  it('close code 4004 is a Gateway and a Voice code, then a Discord RPC close code and a private-use code', () => {
    expect(hrefs('close code 4004')).toEqual([
      '/discord/gateway-close-codes/#4004',
      '/discord/voice-close-codes/#4004',
      '/discord/rpc-close-codes/#4004',
      '/websocket/close-codes/#range-4000-4999',
    ]);
  });

  it('a Gateway payload’s opcode is offered in both gateways', () => {
    expect(hrefs('{"op": 9, "d": false}')).toEqual([
      '/discord/gateway-opcodes/#9',
      '/discord/voice-opcodes/#9',
    ]);
  });

  it('an identifier two libraries spell alike names both entries', () => {
    // C++ gRPC's grpc::StatusCode::NOT_FOUND and Rust http's StatusCode::NOT_FOUND.
    const found = recognize('StatusCode::NOT_FOUND', en);
    expect(found.map((c) => c.href)).toEqual(['/grpc/status-codes/#not-found', '/http/status-codes/#404']);
    expect(landingCandidate(found)).toBeUndefined();
    // Qualified further, it is one library's: the longest recorded suffix decides.
    expect(hrefs('grpc::StatusCode::NOT_FOUND')).toEqual(['/grpc/status-codes/#not-found']);
    // With a dot it is C# or Python gRPC only: the separator is part of the spelling.
    expect(hrefs('StatusCode.NotFound')).toEqual(['/grpc/status-codes/#not-found']);
  });
});

describe('text that names nothing is not recognized', () => {
  it.each([
    '',
    '   ',
    '4014',
    'rate limit',
    'not found',
    'connection refused',
    'The meeting closed at 2024-05-01 10:00',
    'HTTP/1.1 999 Whatever',
    'rpc error: code = Bogus desc = nothing',
    '{"code": 99999999}',
    'Hello, world.',
    'Ünïcödé 🚀 مرحبا 你好',
  ])('%j', (text) => {
    expect(recognize(text, en)).toEqual([]);
  });
});

describe('hostile input', () => {
  it('reads only the first 4 KB, so a 10 MB paste costs no more than 4 KB', () => {
    const huge = `${'x'.repeat(10 * 1024 * 1024)} grpc-status: 14`;
    // A pasted value is one flat string; flatten this one (built by concatenation) before timing.
    expect(huge.indexOf('grpc-status')).toBeGreaterThan(0);
    const start = performance.now();
    // The clue at the end is never read.
    expect(recognize(huge, en)).toEqual([]);
    // Generous for a loaded 2-core machine: scanning all 10 MB would take seconds.
    expect(performance.now() - start).toBeLessThan(500);
    expect(cleanPaste(huge).length).toBeLessThanOrEqual(MAX_PASTE_LENGTH);
  });

  it('stays fast on text built to make patterns backtrack', () => {
    for (const text of [
      'close '.repeat(700),
      'a.'.repeat(2000),
      'RST_STREAM '.repeat(400),
      '"code": '.repeat(500),
      `${'A_'.repeat(2000)}`,
      `grpc-status${' '.repeat(4000)}`,
    ]) {
      const start = performance.now();
      recognize(text, en);
      expect(performance.now() - start, text.slice(0, 20)).toBeLessThan(500);
    }
  });

  it('never returns text of the input: labels and links come from the index', () => {
    const found = recognize('<script>alert(1)</script> grpc-status: 14 <img src=x onerror=alert(1)>', en);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ label: '14 UNAVAILABLE', href: '/grpc/status-codes/#unavailable' });
    expect(JSON.stringify(found)).not.toMatch(/script|onerror|<|>/);
    expect(recognize('<script>alert("grpc")</script>', en)).toEqual([]);
    expect(recognize('<b>UNAVAILABLE</b>', en)).toEqual([]);
  });

  it('drops control characters, null bytes and invisible formatting before reading', () => {
    expect(cleanPaste('grpc\u0000-status:\u0007 14\u202E\u200B')).toBe('grpc -status:  14');
    expect(hrefs('grpc-status:\u0000 14')).toEqual(['/grpc/status-codes/#unavailable']);
    expect(hrefs('\uFEFFREFUSED_STREAM\u200B')).toEqual(['/http2/error-codes/#refused-stream']);
    expect(recognize('\u0000'.repeat(5000), en)).toEqual([]);
  });

  it('accepts any value without throwing', () => {
    for (const text of [
      '\uD800',
      '\uDFFF\uD800',
      '\u{10FFFF}'.repeat(3000),
      'a'.repeat(MAX_PASTE_LENGTH + 1),
    ]) {
      expect(() => recognize(text, en)).not.toThrow();
    }
  });
});

describe('the index the browser loads', () => {
  it('holds only the tables that declare what pasted text names them', () => {
    const ids = en.tables.map((t) => t.id);
    expect(ids).toContain('grpc/status-codes');
    expect(ids).not.toContain('grpc/http-mappings');
    expect(en.tables.every((t) => getSite().table(t.id).paste)).toBe(true);
  });

  it('is small enough to load on the first keystroke', () => {
    expect(JSON.stringify(en).length).toBeLessThan(250_000);
  });

  it('gives Spanish titles on the Spanish index and keeps anchors', () => {
    const [first] = recognize('HTTP/1.1 404 Not Found', es);
    expect(first).toMatchObject({
      label: '404 Not Found · No encontrado',
      href: '/es/http/status-codes/#404',
    });
  });
});
