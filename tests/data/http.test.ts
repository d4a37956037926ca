import { describe, expect, it } from 'vitest';
import { httpStatusCodes as content } from '../../content/http/status-codes.ts';
import type { HttpStatusCodeEntry } from '../../src/schema/entries.ts';

const httpStatusCodes: readonly HttpStatusCodeEntry[] = content;

// The IANA HTTP Status Code Registry (assigned, temporary, unused and obsoleted values).
const iana = [
  100, 101, 102, 103, 104, 200, 201, 202, 203, 204, 205, 206, 207, 208, 226, 300, 301, 302, 303, 304, 305,
  306, 307, 308, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417,
  418, 421, 422, 423, 424, 425, 426, 428, 429, 431, 451, 500, 501, 502, 503, 504, 505, 506, 507, 508, 510,
  511,
];
const nonStandard = [444, 499, 509, 520, 521, 522, 523, 524, 525, 526, 599];

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
