import { describe, expect, it } from 'vitest';
import { httpStatusCodes as content, meta } from '../../content/http/status-codes.ts';
import type { HttpStatusCodeEntry } from '../../src/schema/entries.ts';

const httpStatusCodes: readonly HttpStatusCodeEntry[] = content;

// The IANA HTTP Status Code Registry (assigned, temporary, unused and obsoleted values).
const iana = [
  100, 101, 102, 103, 104, 200, 201, 202, 203, 204, 205, 206, 207, 208, 226, 300, 301, 302, 303, 304, 305,
  306, 307, 308, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417,
  418, 421, 422, 423, 424, 425, 426, 428, 429, 431, 451, 500, 501, 502, 503, 504, 505, 506, 507, 508, 510,
  511,
];
// Sent by specific software, each defined in its vendor's documentation or source code.
const vendorCodes = {
  nginx: [444, 494, 495, 496, 497, 499],
  Cloudflare: [520, 521, 522, 523, 524, 525, 526, 530],
  'AWS Application Load Balancer': [460, 463, 464, 561],
  Microsoft: [440, 449],
  Laravel: [419],
  cPanel: [509],
} as const;
// Non-standard codes no single vendor defines.
const unattributed = [599];
const nonStandard = [...Object.values(vendorCodes).flat(), ...unattributed];

describe('HTTP status codes', () => {
  it('cover the whole IANA registry plus the non-standard codes these protocols send, in order', () => {
    const codes = httpStatusCodes.map((e) => e.code);
    expect(codes).toEqual([...codes].sort((a, b) => a - b));
    expect(codes).toEqual(expect.arrayContaining([...iana, ...nonStandard]));
  });

  it('mark the non-standard codes as such, and no IANA code', () => {
    for (const e of httpStatusCodes) {
      expect(e.standing === 'non-standard', `${e.code}`).toBe(nonStandard.includes(e.code));
      if (e.standing === 'non-standard') expect(e.origin, `${e.code} names who sends it`).toBeTruthy();
      else expect(e.spec, `${e.code} cites its spec`).toBeDefined();
    }
  });

  it('use the RFC 9110 reason phrases', () => {
    const name = (code: number) => httpStatusCodes.find((e) => e.code === code)?.name;
    expect(name(413)).toBe('Content Too Large');
    expect(name(422)).toBe('Unprocessable Content');
    expect(name(499)).toBe('Client Closed Request');
  });

  it('give retry advice where it applies', () => {
    for (const code of [429, 503]) {
      const e = httpStatusCodes.find((x) => x.code === code)!;
      expect(e.retry?.advice.en, `${code}`).toContain('Retry-After');
      expect(e.retry?.retryable, `${code}`).toBe('yes');
    }
  });
});

describe('the HTTP page on gRPC and on temporary registrations', () => {
  const all = (t: { readonly en: string | readonly string[]; readonly es: string | readonly string[] }) => [
    ...[t.en].flat(),
    ...[t.es].flat(),
  ];

  it("keeps gRPC's HTTP → gRPC table apart from the reasons given for it, which are marked as explanation", () => {
    const section = meta.sections.find((s) => s.id === 'grpc-mappings')!;
    // doc/http-grpc-status-mapping.md gives no reason for 400, 404 or 429/502/503/504.
    expect(all(section.body).join(' ')).not.toMatch(
      /because a gRPC client never|porque un cliente gRPC nunca/,
    );
    const explained = section.body.en.filter((p) => /conservative choice/.test(p));
    expect(explained).toHaveLength(1);
    expect(explained[0]).toMatch(/our explanation, not gRPC's wording/);
    expect(explained[0]).toContain('grpc/grpc#4955');
    const explainedEs = section.body.es.find((p) => p.includes('grpc/grpc#4955')) ?? '';
    expect(explainedEs).toMatch(/explicación nuestra, no texto de gRPC/);
    // The review records the choice for 400, not a reason: ours comes in a sentence of its own.
    const sentence = (p: string, words: string) => p.split(/(?<=\.) /).find((x) => x.includes(words)) ?? '';
    expect(sentence(explained[0]!, 'grpc/grpc#4955')).not.toMatch(/builds its requests/);
    expect(sentence(explained[0]!, 'builds its requests')).toMatch(/^Our reading:/);
    expect(sentence(explainedEs, 'grpc/grpc#4955')).not.toMatch(/construye él mismo/);
    expect(sentence(explainedEs, 'construye él mismo')).toMatch(/^Nuestra interpretación:/);
    expect(meta.sources.map((s) => s.url)).toEqual(
      expect.arrayContaining([
        'https://github.com/grpc/grpc/blob/master/doc/http-grpc-status-mapping.md',
        'https://github.com/grpc/grpc/pull/4955',
      ]),
    );
  });

  it('states the temporary registration of 104 as of the recorded registry, and how to check it', () => {
    const e = httpStatusCodes.find((x) => x.code === 104)!;
    expect(e.standing).toBe('temporary');
    const note = (e.notes ?? []).flatMap((n) => all(n.text)).join(' ');
    for (const fact of [
      '2024-11-13',
      '2025-09-15',
      '2026-11-13',
      'https://www.iana.org/assignments/http-status-codes/',
    ])
      expect(note).toContain(fact);
  });
});

describe('vendor status codes', () => {
  it('name their vendor and cite its own documentation or source, never a standard', () => {
    for (const [vendor, codes] of Object.entries(vendorCodes)) {
      for (const code of codes) {
        const e = httpStatusCodes.find((x) => x.code === code)!;
        expect(e.standing, `${code}`).toBe('non-standard');
        expect(e.origin, `${code}`).toContain(vendor);
        expect(e.spec?.url, `${code} cites its vendor`).toMatch(/^https:\/\//);
        expect(e.spec?.label, `${code}`).not.toMatch(/^RFC /);
      }
    }
  });

  it("shows Exchange ActiveSync's 451 Redirect as a disagreement on the standard 451", () => {
    const legal = httpStatusCodes.find((x) => x.code === 451)!;
    expect(legal.standing).toBe('standard');
    expect(httpStatusCodes.filter((x) => x.code === 451)).toHaveLength(1);
    const note = (legal.notes ?? []).find((n) => n.kind === 'disagreement');
    expect([note?.text.en].flat().join(' ')).toMatch(/451 Redirect.*X-MS-Location/);
  });

  it('say that nginx sends 494 to 497 as 400 on the wire', () => {
    for (const code of [494, 495, 496, 497]) {
      const e = httpStatusCodes.find((x) => x.code === code)!;
      expect([e.description.en].flat().join(' '), `${code}`).toMatch(/400 Bad Request/);
    }
  });
});
