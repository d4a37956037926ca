/** The benchmark's search queries: numbers, constants and words, each with the result that counts as correct. */
import type { SearchQuery } from './lib/browser.ts';

const both = (term: string, path: string): [string, string] => [term, path];

// [term, a regular expression over the result's path and hash], valid in both languages.
const shared: [string, string][] = [
  both('4004', '/discord/(gateway|voice)-close-codes/#4004$'),
  both('404', '(/discord)?/http(-status-codes|/status-codes)/#404$'),
  both('50035', '/discord/json-error-codes/#50035$'),
  both('14', '/grpc/status-codes/#unavailable$'),
  both('4014', '/discord/(gateway|voice)-close-codes/#4014$'),
  both('429', '/http(/status-codes|-status-codes)/#429$'),
  both('10003', '/discord/json-error-codes/#10003$'),
  both('50013', '/discord/json-error-codes/#50013$'),
  both('5xx', '/discord/http-status-codes/#5xx$'),
  both('503', '/http(/status-codes|-status-codes)/#503$'),
  both('NOT_FOUND', '/grpc/status-codes/#not-found$'),
  both('UNAVAILABLE', '/grpc/status-codes/#unavailable$'),
  both('PERMISSION_DENIED', '/grpc/status-codes/#permission-denied$'),
  both('DEADLINE_EXCEEDED', '/grpc/status-codes/#deadline-exceeded$'),
  both('UNAUTHENTICATED', '/grpc/status-codes/#unauthenticated$'),
  both('not found', '/grpc/status-codes/#not-found$'),
  both('Invalid Session', '/discord/gateway-opcodes/#9$'),
  both('Unknown Guild', '/discord/json-error-codes/#10004$'),
  both('Heartbeat', '/discord/(gateway|voice)-opcodes/#(1|3)$'),
  both('Missing Permissions', '/discord/json-error-codes/#50013$'),
];

// A few of the search-quality suite's kinds (tests/fixtures/search-queries.ts) in each language:
// a constant, an everyday word, a former name, natural Spanish.
const byLocale: Record<'en' | 'es', [string, string][]> = {
  en: [
    ['rate limit', '/#(429|4008|20028|31001|4021|4002|40062|400005|rate-limit-headers)$'],
    ['codes.Canceled', '/grpc/status-codes/#cancelled$'],
    ['HTTPStatus.IM_A_TEAPOT', '/http/status-codes/#418$'],
    ['Payload Too Large', '(/discord)?/http(-status-codes|/status-codes)/#413$'],
    ['identify', '/discord/(gateway|voice)-opcodes/#(2|0)$'],
  ],
  es: [
    ['límite de velocidad', '/#(429|4008|20028|31001|4021|4002|rate-limit-headers)$'],
    ['codes.Canceled', '/grpc/status-codes/#cancelled$'],
    ['latido', '/discord/(gateway|voice)-opcodes/#(1|3)$'],
    ['demasiadas solicitudes', '(/discord)?/http(-status-codes|/status-codes)/#429$'],
    ['sesion invalida', '/discord/gateway-opcodes/#9$'],
  ],
};

export function searchQueries(locale: 'en' | 'es'): SearchQuery[] {
  const prefix = locale === 'es' ? '/es' : '';
  return [...shared, ...byLocale[locale]].map(([term, path]) => ({
    term,
    expect: new RegExp(path.startsWith('/#') ? `^${prefix}/.*${path.slice(1)}` : `^${prefix}${path}`),
  }));
}

/** Queries for the bare Starlight site: words its few pages contain. */
export const baselineQueries: SearchQuery[] = [
  'section',
  'reference',
  'baseline',
  'link',
  'three',
  'code',
  'plain',
  'settings',
]
  .flatMap((term) => [
    { term, expect: /\// },
    { term, expect: /\// },
    { term, expect: /\// },
  ])
  .slice(0, 20);

/** Queries for the synthetic scaling sites: codes that exist in any generated size. */
export function syntheticQueries(codes: readonly number[]): SearchQuery[] {
  return codes.map((code) => ({
    term: String(code),
    expect: new RegExp(`/discord/json-error-codes/#${code}$`),
  }));
}
