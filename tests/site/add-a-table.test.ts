/**
 * Adding a table takes three files: its content file, its definition and one line in
 * the registry. This test does exactly that to a copy of the project, from the fixture
 * in tests/fixtures/throwaway-table/, builds it, and finds the new table in the pages
 * (both languages), the sidebar, the search index and the export with its schema.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSearch } from '../support/pagefind-node.ts';
import { buildCopy, copyProject } from '../support/project-copy.ts';

const root = 'tests/.work/add-a-table';
const fixture = 'tests/fixtures/throwaway-table';
let dist = '';

/** The one registry line (and its import): a new section holding the new table. */
function registerTable(registryFile: string): void {
  const registry = readFileSync(registryFile, 'utf8');
  const list = 'export const sections: readonly Section[] = [';
  if (!registry.includes(list)) {
    throw new Error(`${registryFile} no longer has "${list}": update this test to the registry's new shape.`);
  }
  writeFileSync(
    registryFile,
    `import { widgetCodesTable } from './example-widget-codes.ts';\n` +
      registry.replace(list, `${list}\n  section('example', 'Example', [widgetCodesTable]),`),
  );
}

const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const json = <T>(path: string): T => JSON.parse(readFileSync(join(dist, path), 'utf8')) as T;

describe('adding a table (content file, definition, one registry line)', () => {
  beforeAll(() => {
    copyProject(root);
    mkdirSync(join(root, 'content/example'), { recursive: true });
    copyFileSync(join(fixture, 'content.ts.txt'), join(root, 'content/example/widget-codes.ts'));
    copyFileSync(join(fixture, 'definition.ts.txt'), join(root, 'src/tables/example-widget-codes.ts'));
    registerTable(join(root, 'src/tables/registry.ts'));
    dist = buildCopy(root);
  }, 300_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('publishes its page in both languages, each entry at its anchor, with the Spanish name on /es/', () => {
    const en = page('example/widget-codes');
    const es = page('es/example/widget-codes');
    expect(en).toContain('id="7001"');
    expect(en).toContain('7001 Sprocket Jammed');
    expect(en).not.toContain('Piñón atascado');
    expect(es).toContain('id="7001"');
    expect(es).toContain('7001 Sprocket Jammed · Piñón atascado');
    expect(es).toContain('El widget no puede girar');
  });

  it('starts its page with the glance table and filters its definition declares', () => {
    const en = page('example/widget-codes');
    expect(en).toMatch(
      /<tr data-filter="retry"><th scope="row">7002<\/th><td class="glance-name"><a href="#7002">/,
    );
    expect(en).toContain('data-filter-id="retry"');
  });

  it('lists it in the sidebar and on the home page, under its section', () => {
    expect(page('')).toContain('href="/example/widget-codes/"');
    expect(page('es')).toContain('Códigos de estado de Widget');
    expect(page('grpc/status-codes')).toContain('href="/example/widget-codes/"');
  });

  it('finds its entries by code, name and alias in the search index of each language', async () => {
    const searchEn = await loadSearch('en', dist);
    expect((await searchEn('7001'))[0]?.url).toBe('/example/widget-codes/#7001');
    expect((await searchEn('stuck gear'))[0]?.url).toBe('/example/widget-codes/#7001');
    const searchEs = await loadSearch('es', dist);
    expect((await searchEs('condensador de flujo'))[0]?.url).toBe('/es/example/widget-codes/#7002');
  });

  it('exports it, valid against its published schema, with a file per entry', () => {
    const index = json<{ tables: { id: string }[] }>('api/v1/index.json');
    expect(index.tables.map((t) => t.id)).toContain('example/widget-codes');
    const ajv = new Ajv2020({ strict: true, validateFormats: false });
    const validate = ajv.compile(json<object>('api/v1/schema/example/widget-codes.json'));
    const file = json<{ entries: { code: number; retryable: string; nameEs: string }[] }>(
      'api/v1/example/widget-codes.json',
    );
    expect(validate(file), ajv.errorsText(validate.errors)).toBe(true);
    expect(file.entries.map((e) => [e.code, e.retryable, e.nameEs])).toEqual([
      [7001, 'no', 'Piñón atascado'],
      [7002, 'yes', 'Condensador de flujo calentándose'],
    ]);
    expect(existsSync(join(dist, 'api/v1/example/widget-codes/7002.json'))).toBe(true);
  });
});
