/**
 * Sentences built around links ("{names} agree: {value}") get their words from a UI
 * string in each language and their links from the table definitions: every template a
 * fact or page part uses must have the same slots in English and Spanish as the values
 * it is given, or a link would silently drop out of one language.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { templateSlots } from '../../src/lib/ui-template.ts';
import { getSite } from '../../src/tables/registry.ts';

const strings = {
  en: JSON.parse(readFileSync('src/content/i18n/en.json', 'utf8')) as Record<string, string>,
  es: JSON.parse(readFileSync('src/content/i18n/es.json', 'utf8')) as Record<string, string>,
};

interface TemplateUse {
  readonly key: string;
  readonly values: readonly string[];
}

/** Every template value inside anything a table builds. */
function templatesIn(value: unknown): TemplateUse[] {
  if (Array.isArray(value)) return value.flatMap(templatesIn);
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  const own =
    record['kind'] === 'template'
      ? [{ key: String(record['key']), values: Object.keys(record['values'] as object).sort() }]
      : [];
  return [...own, ...Object.values(record).flatMap(templatesIn)];
}

describe('UI templates', () => {
  const site = getSite();
  const uses = site.tables.flatMap((t) => [
    ...t.entries.flatMap((e) => templatesIn(t.facts(e, site))),
    ...templatesIn(t.parts?.(site)),
  ]);

  it('are used (the gRPC and HTTP entries say who agrees)', () => {
    expect(uses.map((u) => u.key)).toContain('mapping.agree');
  });

  it('have, in both languages, exactly the slots they are given values for', () => {
    const problems = [...new Map(uses.map((u) => [`${u.key} ${u.values.join(',')}`, u])).values()].flatMap(
      (u) =>
        (['en', 'es'] as const).flatMap((lang) => {
          const slots = templateSlots(strings[lang][u.key] ?? '').sort();
          return slots.join(',') === u.values.join(',')
            ? []
            : [`${lang} "${u.key}": slots {${slots.join(', ')}}, values {${u.values.join(', ')}}`];
        }),
    );
    expect(problems).toEqual([]);
  });
});
