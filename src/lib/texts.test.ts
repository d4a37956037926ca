import { describe, expect, it } from 'vitest';
import { findTexts } from './texts.ts';

describe('findTexts', () => {
  it('finds every { en, es } text with its path, strings and paragraph arrays alike', () => {
    const entry = {
      code: 1,
      description: { en: ['One.', 'Two.'], es: ['Uno.', 'Dos.'] },
      notes: [{ kind: 'info', text: { en: 'Note', es: 'Nota' } }],
    };
    expect(findTexts(entry).map((t) => t.path)).toEqual(['description', 'notes[0].text']);
  });

  it('reads aliases as name lists, but checks the text of their former names', () => {
    const entry = {
      aliases: {
        en: ['rate limit'],
        es: ['límite de solicitudes'],
        former: [{ name: 'Payload Too Large', changed: { en: 'before RFC 9110', es: 'antes del RFC 9110' } }],
      },
    };
    expect(findTexts(entry)).toEqual([
      { path: 'aliases.former[0].changed', en: 'before RFC 9110', es: 'antes del RFC 9110' },
    ]);
  });
});
