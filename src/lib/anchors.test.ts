import { describe, expect, it } from 'vitest';
import { computeAnchors, slugify } from './anchors.ts';

describe('slugify', () => {
  it('turns constants and names into lower-case kebab case', () => {
    expect(slugify('NOT_FOUND')).toBe('not-found');
    expect(slugify('Clients Connect')).toBe('clients-connect');
    expect(slugify('Invalid intent(s)')).toBe('invalid-intent-s');
    expect(slugify('Código inválido')).toBe('codigo-invalido');
  });
});

describe('computeAnchors', () => {
  it('uses the code itself for Discord and HTTP entries', () => {
    expect(
      computeAnchors(
        [
          { code: 4004, name: 'Authentication failed' },
          { code: '5xx', name: 'Server Error' },
        ],
        'code',
      ),
    ).toEqual([
      { id: '4004', aliases: [] },
      { id: '5xx', aliases: [] },
    ]);
  });

  it('adds the hex value of HTTP/2 error codes as one more alias', () => {
    expect(
      computeAnchors([{ code: 7, name: 'REFUSED_STREAM', hex: '0x7' }], 'constant', (e) => [e.hex]),
    ).toEqual([{ id: 'refused-stream', aliases: ['7', '0x7'] }]);
  });

  it('uses the kebab-case constant for gRPC, with the number as an alias', () => {
    expect(computeAnchors([{ code: 5, name: 'NOT_FOUND' }], 'constant')).toEqual([
      { id: 'not-found', aliases: ['5'] },
    ]);
  });

  it('gives two entries with one code <code>-<name> each, and the bare code to the first', () => {
    const anchors = computeAnchors(
      [
        { code: 10, name: 'Signal' },
        { code: 11, name: 'Reset' },
        { code: 11, name: 'Clients Connect' },
        { code: 12, name: 'Video' },
      ],
      'code',
    );
    expect(anchors).toEqual([
      { id: '10', aliases: [] },
      { id: '11-reset', aliases: ['11'] },
      { id: '11-clients-connect', aliases: [] },
      { id: '12', aliases: [] },
    ]);
  });
});
