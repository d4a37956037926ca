import { readFileSync } from 'node:fs';
import { HtmlValidate, type ConfigData, type Report } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { readPage } from '../support/dist.ts';
import { tables } from '../../src/tables/registry.ts';

// The preset and the rules changed are in .htmlvalidate.json, each with its reason.
const { ['//']: _reasons, ...config } = JSON.parse(
  readFileSync('.htmlvalidate.json', 'utf8'),
) as ConfigData & { '//': unknown };
const validator = new HtmlValidate(config);

const pages = ['/', '/es/', '/404.html', ...tables.flatMap((t) => [`/${t.id}/`, `/es/${t.id}/`])];

function format(report: Report): string[] {
  return report.results.flatMap((r) =>
    r.messages.map((m) => `${m.ruleId} (${m.line}:${m.column}): ${m.message}`),
  );
}

describe('HTML validation', () => {
  // The JSON error codes page is large: validating it takes 4-8 s on a busy two-core machine.
  it.each(pages)(
    '%s is valid',
    async (path) => {
      const report = await validator.validateString(readPage(path), path);
      expect(format(report)).toEqual([]);
    },
    30_000,
  );
});
