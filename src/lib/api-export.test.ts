import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { exportTable } from './api-export.ts';
import { buildSiteIndex } from './site-index.ts';
import type { TableDefinition } from '../tables/types.ts';

const table = (facts: () => Record<string, unknown>): TableDefinition => ({
  id: 'example/codes',
  file: 'content/example/codes.ts',
  meta: { title: { en: 'Codes', es: 'Códigos' }, intro: { en: 'Intro', es: 'Intro (es)' }, sources: [] },
  entries: [
    {
      code: 1,
      name: 'One',
      nameEs: 'Uno',
      description: { en: ['First `a`.', 'Second.'], es: ['Primero `a`.', 'Segundo.'] },
    },
  ],
  anchorStyle: 'code',
  codeRange: { min: 0, max: 9 },
  provenance: () => ({ kind: 'community', source: 'Someone' }),
  facts: () => [],
  export: { schema: z.object({ retryable: z.enum(['yes', 'no']) }), facts },
  glance: { columns: [] },
});

const exportOf = (t: TableDefinition) =>
  exportTable(
    t,
    buildSiteIndex([{ id: 'example', label: 'Example', tables: [t] }]),
    new URL('https://x.test/'),
  );

describe('exportTable', () => {
  it('exports the common fields, the markup text and the table facts', () => {
    const [entry] = exportOf(table(() => ({ retryable: 'no' }))).entries;
    expect(entry).toMatchObject({
      code: 1,
      nameEs: 'Uno',
      nameKept: null,
      anchor: '1',
      url: 'https://x.test/example/codes/#1',
      description: { en: 'First `a`.\n\nSecond.', es: 'Primero `a`.\n\nSegundo.' },
      provenance: { kind: 'community', source: 'Someone' },
      retryable: 'no',
    });
  });

  it('stops the build when a table exports a field its schema does not declare', () => {
    expect(() => exportOf(table(() => ({ retryable: 'no', extra: 1 })))).toThrow(
      /example\/codes entry 1 does not match its schema/,
    );
  });

  it('stops the build when a field has the wrong shape', () => {
    expect(() => exportOf(table(() => ({ retryable: 'maybe' })))).toThrow(/does not match its schema/);
  });
});
