import { describe, expect, it } from 'vitest';
import { jsonErrorCodes } from '../../content/discord/json-error-codes/index.ts';

/** Words the Spanish pages never use: «solicitud» and «biblioteca» instead. */
const bannedWords = /\b(petici[oó]n|peticiones|librer[ií]as?)\b/iu;

const label = (e: { code: number; name: string }) => `${e.code} ${e.name}`;

describe('Spanish names of the Discord JSON error codes', () => {
  it('every entry has a Spanish name or says why its name is kept', () => {
    const missing = jsonErrorCodes.filter((e) => e.nameEs === undefined).map(label);
    expect(missing).toEqual([]);
  });

  it('keeps exactly the names that are internal constants, as identifiers', () => {
    for (const e of jsonErrorCodes) {
      if (e.placeholderName) expect(e.nameEs, label(e)).toEqual({ kept: 'identifier' });
      else expect(typeof e.nameEs, label(e)).toBe('string');
    }
  });

  it('translates every name it does not keep (no Spanish name repeats the English one)', () => {
    const untranslated = jsonErrorCodes
      .filter((e) => typeof e.nameEs === 'string' && e.nameEs.toLowerCase() === e.name.toLowerCase())
      .map(label);
    expect(untranslated).toEqual([]);
  });

  it('uses «solicitud» and «biblioteca», never «petición» or «librería», in names and Spanish aliases', () => {
    const offending = jsonErrorCodes
      .flatMap((e) => [e.nameEs, ...(e.aliases?.es ?? [])].map((text) => ({ e, text })))
      .filter(({ text }) => typeof text === 'string' && bannedWords.test(text))
      .map(({ e, text }) => `${label(e)}: ${String(text)}`);
    expect(offending).toEqual([]);
  });

  it('has no empty names or aliases, and none with leading or trailing spaces', () => {
    const bad = jsonErrorCodes
      .flatMap((e) =>
        [e.nameEs, ...(e.aliases?.es ?? []), ...(e.aliases?.en ?? [])].map((text) => ({ e, text })),
      )
      .filter(({ text }) => typeof text === 'string' && (text.trim() === '' || text.trim() !== text))
      .map(({ e, text }) => `${label(e)}: ${JSON.stringify(text)}`);
    expect(bad).toEqual([]);
  });

  it('adds only aliases that differ from the entry’s own names', () => {
    const redundant = jsonErrorCodes.flatMap((e) => {
      const names = [e.name, e.observedMessage, typeof e.nameEs === 'string' ? e.nameEs : undefined]
        .filter((n): n is string => n !== undefined)
        .map((n) => n.toLowerCase());
      return [...(e.aliases?.es ?? []), ...(e.aliases?.en ?? [])]
        .filter((a) => names.includes(a.toLowerCase()))
        .map((a) => `${label(e)}: ${a}`);
    });
    expect(redundant).toEqual([]);
  });
});
