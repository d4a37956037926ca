import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexBytesByLanguage } from '../../bench/lib/build.ts';

describe('index size per language', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pagefind-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('counts the files named for each language, not the UI both share', () => {
    mkdirSync(join(dir, 'index'));
    mkdirSync(join(dir, 'fragment'));
    const files: Record<string, number> = {
      'index/en_25bb667.pf_index': 100,
      'index/es_cd285ac.pf_index': 200,
      'fragment/en_0144b6d.pf_fragment': 10,
      'fragment/es_0144b6d.pf_fragment': 20,
      'pagefind.en_441995f649.pf_meta': 1,
      'pagefind.es_e9545a217b.pf_meta': 2,
      'wasm.en.pagefind': 1000,
      'wasm.es.pagefind': 2000,
      'wasm.unknown.pagefind': 5,
      'pagefind.js': 7,
      'pagefind-ui.js': 7,
      'pagefind-entry.json': 7,
    };
    for (const [path, size] of Object.entries(files)) writeFileSync(join(dir, path), 'x'.repeat(size));
    expect(indexBytesByLanguage(dir)).toEqual({ en: 1111, es: 2222 });
  });
});
