import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { maxFragmentFiles } from '../../src/integrations/search-index.ts';
import { searchOnlyMarker } from '../../src/lib/search-records.ts';
import { distDir } from '../support/dist.ts';
import { loadSearch, type Search } from '../support/pagefind-node.ts';

const search: Record<'en' | 'es', Search> = {} as never;

beforeAll(async () => {
  search.en = await loadSearch('en');
  search.es = await loadSearch('es');
});

const urls = async (lang: 'en' | 'es', term: string, limit = 5) =>
  (await search[lang](term, limit)).map((h) => h.url);

describe.each([
  { lang: 'en' as const, prefix: '' },
  { lang: 'es' as const, prefix: '/es' },
])('search in $lang', ({ lang, prefix }) => {
  // Where one code exists in several tables with equal standing, any of them may come first.
  it.each([
    ['4004', ['/discord/gateway-close-codes/#4004', '/discord/voice-close-codes/#4004']],
    ['404', ['/http/status-codes/#404', '/discord/http-status-codes/#404']],
    ['50035', ['/discord/json-error-codes/#50035']],
    ['NOT_FOUND', ['/grpc/status-codes/#not-found']],
    ['not found', ['/grpc/status-codes/#not-found']],
    ['UNAVAILABLE', ['/grpc/status-codes/#unavailable']],
    ['PERMISSION_DENIED', ['/grpc/status-codes/#permission-denied']],
    ['4014', ['/discord/gateway-close-codes/#4014', '/discord/voice-close-codes/#4014']],
    ['429', ['/http/status-codes/#429', '/discord/http-status-codes/#429']],
    ['5xx', ['/discord/http-status-codes/#5xx']],
    ['14', ['/grpc/status-codes/#unavailable']],
    ['Invalid Session', ['/discord/gateway-opcodes/#9']],
    // Community-documented RPC codes and vendor HTTP codes.
    ['INVALID_INVITE', ['/discord/rpc-error-codes/#4011']],
    ['5013', ['/discord/rpc-error-codes/#5013']],
    // The RPC close code is named CLOSE_ABNORMAL; WebSocket's 1006 is the same close, which libraries call so.
    ['CLOSE_ABNORMAL', ['/discord/rpc-close-codes/#1006', '/websocket/close-codes/#1006']],
    ['1006', ['/websocket/close-codes/#1006', '/discord/rpc-close-codes/#1006']],
    ['497', ['/http/status-codes/#497']],
    ['463', ['/http/status-codes/#463']],
    ['530', ['/http/status-codes/#530']],
  ])('ranks the exact match for "%s" first', async (term, expected) => {
    const first = (await urls(lang, term, 1))[0];
    expect(expected.map((u) => prefix + u)).toContain(first);
  });

  it('finds a name among the first results and links to its anchor', async () => {
    expect(await urls(lang, 'Unknown Guild', 5)).toContain(`${prefix}/discord/json-error-codes/#10004`);
    expect(await urls(lang, 'Unknown Channel', 3)).toContain(`${prefix}/discord/json-error-codes/#10003`);
  });

  it('shows exact codes before longer codes that start with the same digits', async () => {
    const hits = await urls(lang, '4004', 10);
    const firstLonger = hits.findIndex((u) => /#4004\d/.test(u));
    const lastExact = hits.map((u) => u.endsWith('#4004')).lastIndexOf(true);
    expect(lastExact).toBeGreaterThanOrEqual(1);
    if (firstLonger !== -1) expect(firstLonger).toBeGreaterThan(lastExact);
    expect(hits.slice(0, 2).sort()).toEqual(
      [`${prefix}/discord/gateway-close-codes/#4004`, `${prefix}/discord/voice-close-codes/#4004`].sort(),
    );
  });

  it('says which table each result comes from', async () => {
    const [first] = await search[lang]('4004', 1);
    expect(first!.title).toMatch(
      lang === 'en'
        ? /· Discord (Gateway|Voice) close codes$/
        : /· Códigos de cierre (del Gateway|de voz) de Discord$/,
    );
  });
});

describe('search by description words', () => {
  it('finds rate limits in English and in Spanish', async () => {
    const en = await urls('en', 'rate limit', 10);
    expect(en.some((u) => /#(429|4008|20028|31001|rate-limit-headers)$/.test(u))).toBe(true);
    const es = await urls('es', 'límite de velocidad', 10);
    expect(es.length).toBeGreaterThan(0);
    expect(es.every((u) => u.startsWith('/es/'))).toBe(true);
    expect(es.some((u) => /#(429|4008|20028|31001|4021)$/.test(u))).toBe(true);
  });
});

// An entry's names go into its record whole, a repeated word weighing nothing
// (src/lib/search-records.ts), so the excerpt under a result reads as a list of names.
describe('result excerpts', () => {
  const excerpt = async (lang: 'en' | 'es', term: string, url: string) => {
    const hit = (await search[lang](term, 10)).find((h) => h.url === url);
    return (hit?.excerpt ?? '').replace(/<\/?mark>/g, '');
  };

  it.each([
    [
      'es',
      'sesión no válida',
      '/es/discord/voice-close-codes/#4006',
      'Sesión ya no válida; Session no longer valid;',
    ],
    [
      'es',
      'demasiadas solicitudes',
      '/es/http/status-codes/#429',
      'límite de solicitudes; límite de velocidad;',
    ],
    [
      'es',
      'latido',
      '/es/discord/gateway-opcodes/#11',
      'Heartbeat ACK; confirmación de latido; heartbeat acknowledgement;',
    ],
    ['en', 'heartbeat', '/discord/gateway-opcodes/#11', 'Heartbeat ACK; heartbeat acknowledgement;'],
  ] as const)('on %s, «%s» shows whole names for %s', async (lang, term, url, names) => {
    const text = await excerpt(lang, term, url);
    expect(text).toContain(names);
    expect(text).not.toMatch(/^[·;]/);
  });

  // Pagefind started these a few words in, without the code (src/integrations/search-excerpt.ts).
  it.each([
    ['en', 'missing permissions', '/discord/json-error-codes/#50013', '50013. You lack permissions'],
    ['en', 'rate limited', '/discord/http-status-codes/#429', '429. Too Many Requests; rate limit;'],
    ['es', 'sesión inválida', '/es/discord/json-error-codes/#20049', '20049. Ticket de inicio de sesión'],
  ] as const)('on %s, «%s» shows %s from its code', async (lang, term, url, opening) => {
    expect((await excerpt(lang, term, url)).startsWith(opening)).toBe(true);
  });

  // Found only by a library constant, indexed in the one-word form a query becomes: the
  // excerpt showed those words («codescanceled canceled statuscodecancelled…»).
  it.each([
    ['en', 'codes.Canceled', '/grpc/status-codes/#cancelled', '1. CANCELLED; canceled; The operation'],
    ['es', 'StatusCode.Cancelled', '/es/grpc/status-codes/#cancelled', '1. cancelado; CANCELLED;'],
    ['en', 'ErrCodeUnknownGuild', '/discord/json-error-codes/#10004', '10004. Unknown guild;'],
  ] as const)('on %s, the constant %s shows %s from its code', async (lang, term, url, opening) => {
    const text = await excerpt(lang, term, url);
    expect(text.startsWith(opening)).toBe(true);
    expect(text).not.toMatch(/codescanceled|statuscodecancelled|errcodeunknownguild/);
  });

  // A match just before the constants: the excerpt's window reached them and showed
  // «…enabled: true again. restjsonerrorcodescannotenable…»; it now ends where they start.
  it.each([
    ['en', 'missing permissions', '/discord/json-error-codes/#350000', 'true again.'],
    ['en', 'deadline exceeded', '/grpc/status-codes/#cancelled', 'not as CANCELLED.'],
  ] as const)('on %s, «%s» ends the excerpt of %s before its constants', async (lang, term, url, end) => {
    const text = await excerpt(lang, term, url);
    expect(text.endsWith(end)).toBe(true);
    expect(text).not.toContain(searchOnlyMarker);
    expect(text).not.toMatch(/restjsonerrorcodes|codescanceled/);
  });

  it('keeps the window around a match further in', async () => {
    const text = await excerpt('es', 'plazo agotado', '/es/grpc/status-codes/#retrying');
    expect(text).toContain('agotado');
    expect(text.startsWith('Qué códigos reintentar')).toBe(false);
  });
});

describe("the index's fragment files", () => {
  // Shared files, so that a result shown while typing is mostly already loaded (search-index.ts).
  it.each(['en', 'es'])('bundle the %s records into at most maxFragmentFiles files', (lang) => {
    const files = readdirSync(join(distDir, 'pagefind', 'fragment')).filter((f) => f.startsWith(`${lang}_`));
    expect(files.length).toBeGreaterThan(1);
    expect(files.length).toBeLessThanOrEqual(maxFragmentFiles);
  });
});
