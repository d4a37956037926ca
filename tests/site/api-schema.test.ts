import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readJson } from '../support/dist.ts';
import { getSite } from '../../src/tables/registry.ts';

/** The published schemas, validated and compiled by a real JSON Schema validator. */
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, validateFormats: false });
const compile = (path: string): ValidateFunction => {
  const schema = readJson<Record<string, unknown>>(path);
  expect(schema['$schema'], path).toBe('https://json-schema.org/draft/2020-12/schema');
  // Each schema has its own $id; compile it once, then reuse it.
  return ajv.getSchema(String(schema['$id'])) ?? ajv.compile(schema);
};
const check = (validate: ValidateFunction, value: unknown, what: string): void => {
  const ok = validate(value);
  expect(ok, `${what}: ${ajv.errorsText(validate.errors)}`).toBe(true);
};

interface ExportedTable {
  entries: Record<string, unknown>[];
}

describe('the JSON export against its published schemas', () => {
  const site = getSite();

  it('validates /api/v1/index.json against /api/v1/schema/index.json, which links every schema', () => {
    const index = readJson<{
      $schema: string;
      tables: { id: string; schema: string; entrySchema: string }[];
    }>('api/v1/index.json');
    check(compile('api/v1/schema/index.json'), index, 'index.json');
    expect(new URL(index.$schema).pathname).toBe('/api/v1/schema/index.json');
    for (const t of index.tables) {
      expect(new URL(t.schema).pathname).toBe(`/api/v1/schema/${t.id}.json`);
      expect(new URL(t.entrySchema).pathname).toBe(`/api/v1/schema/${t.id}/entry.json`);
    }
  });

  for (const table of site.tables) {
    it(`validates ${table.id}: the table file, and every single-entry file`, () => {
      check(
        compile(`api/v1/schema/${table.id}.json`),
        readJson(`api/v1/${table.id}.json`),
        `${table.id}.json`,
      );
      const validateEntry = compile(`api/v1/schema/${table.id}/entry.json`);
      for (const { anchor } of site.entries(table.id)) {
        const path = `api/v1/${table.id}/${anchor.id}.json`;
        expect(existsSync(`dist/${path}`), path).toBe(true);
        check(validateEntry, readJson(path), path);
      }
    });
  }

  it('rejects an entry that carries a field the schema does not declare', () => {
    const table = site.tables[0]!;
    const validate = compile(`api/v1/schema/${table.id}.json`);
    const file = readJson<ExportedTable>(`api/v1/${table.id}.json`);
    check(validate, file, 'unchanged');
    const withExtra = {
      ...file,
      entries: [{ ...file.entries[0], undeclared: true }, ...file.entries.slice(1)],
    };
    expect(validate(withExtra)).toBe(false);
    expect(ajv.errorsText(validate.errors)).toContain('must NOT have additional properties');
  });

  it('rejects an entry whose shared field has the wrong shape (retryable is yes, conditional or no)', () => {
    const table = site.tables.find((t) => 'retryable' in t.export.schema.shape)!;
    const validate = compile(`api/v1/schema/${table.id}.json`);
    const file = readJson<ExportedTable>(`api/v1/${table.id}.json`);
    const broken = { ...file, entries: [{ ...file.entries[0], retryable: 'maybe' }] };
    expect(validate(broken)).toBe(false);
  });
});
