import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../src/content/i18n/en.json' with { type: 'json' };

/** Every source file that can use a UI string. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? sources(join(dir, d.name))
      : /\.(ts|astro)$/.test(d.name) && !d.name.endsWith('.test.ts') && d.name !== 'ui-strings.ts'
        ? [readFileSync(join(dir, d.name), 'utf8')]
        : [],
  );
}

describe('UI strings', () => {
  it('are all used: each key is written in the code, or built from its prefix (`reconnect.${…}`)', () => {
    const code = sources('src').join('\n');
    const unused = Object.keys(en).filter((key) => {
      const prefix = key.slice(0, key.lastIndexOf('.') + 1);
      return !code.includes(`'${key}'`) && !code.includes(`"${key}"`) && !code.includes(`\`${prefix}\${`);
    });
    expect(unused).toEqual([]);
  });
});
