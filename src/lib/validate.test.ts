import { describe, expect, it } from 'vitest';
import { DataErrors } from './data-error.ts';
import { assertValidSite, validateSite } from './validate.ts';
import type { EntryBase } from '../schema/entries.ts';
import type { Section } from '../tables/section.ts';
import type { TableDefinition, TableId } from '../tables/types.ts';
import { z } from 'astro/zod';

const text = (en: string, es = `${en} (es)`) => ({ en, es });

function table(id: TableId, entries: EntryBase[], extra: Partial<TableDefinition> = {}): TableDefinition {
  return {
    id,
    file: `content/${id}.ts`,
    meta: { title: text('Title'), intro: text('Intro'), sources: [] },
    entries,
    anchorStyle: id === 'grpc/status-codes' ? 'constant' : 'code',
    codeRange: { min: 4000, max: 4999 },
    provenance: () => ({ kind: 'official', source: 'Test' }),
    facts: () => [],
    export: { schema: z.object({}), facts: () => ({}) },
    glance: { columns: [] },
    ...extra,
  };
}

const entry = (code: number | string, name: string, more: object = {}): EntryBase => ({
  code,
  name,
  nameEs: `${name} (es)`,
  description: text(`About ${name}`),
  ...more,
});

/** Each table in the section its id names, in order. */
const sectionsOf = (tables: TableDefinition[]): Section[] => {
  const ids = [...new Set(tables.map((t) => t.id.split('/')[0]!))];
  return ids.map((id) => ({ id, label: id, tables: tables.filter((t) => t.id.startsWith(`${id}/`)) }));
};

const messages = (tables: TableDefinition[]) => validateSite(sectionsOf(tables)).map((e) => e.message);

describe('content validation', () => {
  it('accepts good data', () => {
    expect(
      messages([
        table('discord/gateway-close-codes', [
          entry(4000, 'Unknown error'),
          entry(4004, 'Authentication failed'),
        ]),
      ]),
    ).toEqual([]);
  });

  it('rejects a duplicate code, naming the file, both entries and the fix', () => {
    const [message] = messages([table('discord/gateway-close-codes', [entry(4004, 'A'), entry(4004, 'B')])]);
    expect(message).toContain('content/discord/gateway-close-codes.ts');
    expect(message).toContain('4004 "A" and 4004 "B"');
    expect(message).toContain('duplicate code 4004');
    expect(message).toContain('documentedDuplicate: true');
  });

  it('accepts a duplicate code when every entry with it is a documented duplicate', () => {
    const t = table(
      'discord/voice-opcodes',
      [
        entry(11, 'Reset', { documentedDuplicate: true }),
        entry(11, 'Clients Connect', { documentedDuplicate: true }),
      ],
      { codeRange: { min: 0, max: 99 } },
    );
    expect(messages([t])).toEqual([]);
  });

  it('rejects a documentedDuplicate flag on a code that is not duplicated', () => {
    const t = table('discord/voice-opcodes', [entry(11, 'Reset', { documentedDuplicate: true })], {
      codeRange: { min: 0, max: 99 },
    });
    expect(messages([t])[0]).toContain('`documentedDuplicate` is set but no other entry has this code');
  });

  it('rejects a duplicate anchor (two constants that slug alike)', () => {
    const t = table('grpc/status-codes', [entry(1, 'NOT_FOUND'), entry(2, 'NOT-FOUND')], {
      codeRange: { min: 0, max: 16 },
    });
    const [message] = messages([t]);
    expect(message).toContain('anchor #not-found is also used by 1 "NOT_FOUND"');
    expect(message).toContain('Fix:');
  });

  it('rejects an anchor that collides with a section id', () => {
    const t = table('discord/gateway-close-codes', [entry(4000, 'Unknown error')], {
      meta: {
        title: text('T'),
        intro: text('I'),
        sources: [],
        sections: [{ id: '4000', title: text('S'), body: text('B') }],
      },
    });
    expect(messages([t])[0]).toContain('anchor #4000 is also used by 4000 "Unknown error"');
  });

  it('rejects a code outside the table range', () => {
    const [message] = messages([table('discord/gateway-close-codes', [entry(1000, 'Normal closure')])]);
    expect(message).toContain('1000 "Normal closure"');
    expect(message).toContain("outside this table's range 4000–4999");
  });

  it('rejects a text code the table does not allow', () => {
    expect(messages([table('discord/gateway-close-codes', [entry('4xxx', 'Any')])])[0]).toContain(
      'code "4xxx" is not a number',
    );
  });

  it('rejects an empty translation', () => {
    const [message] = messages([
      table('discord/gateway-close-codes', [entry(4000, 'X', { description: { en: 'Text', es: ' ' } })]),
    ]);
    expect(message).toContain('4000 "X"');
    expect(message).toContain('description: the Spanish text is empty');
    expect(message).toContain('write the Spanish text');
  });

  it('rejects an empty Spanish name and one that repeats the English name', () => {
    const problems = messages([
      table('discord/gateway-close-codes', [
        entry(4000, 'Unknown error', { nameEs: ' ' }),
        entry(4001, 'Unknown opcode', { nameEs: 'unknown opcode' }),
        entry(4002, 'Decode error', { nameEs: { kept: 'payload' } }),
      ]),
    ]).join('\n');
    expect(problems).toContain('4000 "Unknown error": the Spanish name is empty');
    expect(problems).toContain('4001 "Unknown opcode": the Spanish name repeats the English one');
    expect(problems).not.toContain('4002');
  });

  it('rejects an empty paragraph list and a line break inside a paragraph', () => {
    const description = { en: ['First.', 'Second\nline.'], es: [] };
    const problems = messages([table('discord/gateway-close-codes', [entry(4000, 'X', { description })])]);
    expect(problems.join('\n')).toContain('description: the Spanish text is empty');
    expect(problems.join('\n')).toContain(
      'description: the English text has a line break inside a paragraph',
    );
  });

  it('finds untranslated paragraphs', () => {
    const description = { en: ['One.', 'Two.'], es: ['One.', 'Two.'] };
    const [message] = messages([table('discord/gateway-close-codes', [entry(4000, 'X', { description })])]);
    expect(message).toContain('description: the Spanish text is identical to the English one');
  });

  it('rejects an untranslated text (Spanish identical to English), even in a note', () => {
    const notes = [{ kind: 'info', text: { en: 'Same', es: 'Same' } }];
    const [message] = messages([table('discord/gateway-close-codes', [entry(4000, 'X', { notes })])]);
    expect(message).toContain(
      'notes[0].text: the Spanish text is identical to the English one (untranslated)',
    );
  });

  it('checks the table texts too', () => {
    const t = table('discord/gateway-close-codes', [entry(4000, 'X')], {
      meta: { title: text('T'), intro: { en: 'Intro', es: 'Intro' }, sources: [] },
    });
    expect(messages([t])[0]).toContain('entry meta: intro: the Spanish text is identical');
  });

  it('rejects a cross-reference to an entry that does not exist', () => {
    const http = table('http/status-codes', [entry(404, 'Not Found')], { codeRange: { min: 100, max: 599 } });
    const discord = table(
      'discord/http-status-codes',
      [
        entry(404, 'Not Found', { http: { table: 'http/status-codes', code: 404 } }),
        entry(420, 'Enhance', { http: { table: 'http/status-codes', code: 420 } }),
      ],
      { codeRange: { min: 100, max: 599 } },
    );
    const result = messages([http, discord]);
    expect(result).toHaveLength(1);
    expect(result[0]).toContain('content/discord/http-status-codes.ts: entry 420 "Enhance"');
    expect(result[0]).toContain('refers to http/status-codes code 420, which does not exist');
  });

  it('resolves gRPC references by constant name and rejects unknown ones, in facts and page parts too', () => {
    const grpc = table('grpc/status-codes', [entry(5, 'NOT_FOUND')], {
      codeRange: { min: 0, max: 16 },
      facts: (_e, site) => [
        {
          label: 'fact.http',
          value: {
            kind: 'entries',
            links: [site.link({ table: 'grpc/status-codes', code: 'NOT_FOUND' }, { file: 'f', entry: 'e' })],
          },
        },
      ],
      parts: (site) => [
        {
          at: 'after-entries',
          table: {
            columns: [],
            rows: [
              {
                cells: [
                  {
                    kind: 'entries',
                    links: [
                      site.link(
                        { table: 'grpc/status-codes', code: 'MISSING' },
                        { file: 'content/grpc/http-to-grpc.ts', entry: 'rule' },
                      ),
                    ],
                  },
                ],
              },
            ],
          },
        },
      ],
    });
    const result = messages([grpc]);
    expect(result).toHaveLength(1);
    expect(result[0]).toContain(
      'content/grpc/http-to-grpc.ts: entry rule: refers to grpc/status-codes code MISSING',
    );
  });

  it('checks the texts of extra page tables too', () => {
    const t = table('discord/gateway-close-codes', [entry(4000, 'A')], {
      parts: () => [
        {
          at: 'after-entries',
          table: {
            columns: [],
            rows: [{ cells: [{ kind: 'text', text: { en: 'Same', es: 'Same' } }] }],
          },
        },
      ],
    });
    expect(messages([t]).join('\n')).toContain('page parts: ');
    expect(messages([t]).join('\n')).toContain('the Spanish text is identical to the English one');
  });

  it('checks links to rows and sections against the anchors the target page publishes', () => {
    const ws = table('websocket/close-codes', [entry(1000, 'Normal Closure')], {
      codeRange: { min: 1000, max: 2999 },
      meta: {
        title: text('WebSocket'),
        intro: text('Intro'),
        sources: [],
        sections: [{ id: 'code-ranges', title: text('Ranges'), body: text('Body') }],
      },
      parts: () => [
        {
          at: { section: 'code-ranges' },
          table: {
            columns: [],
            rows: [{ id: 'range-4000-4999', cells: [{ kind: 'literal', value: '4000–4999' }] }],
          },
        },
      ],
    });
    const link = (anchor?: string) => ({
      label: 'fact.webSocketCode' as const,
      value: {
        kind: 'entries' as const,
        links: [{ table: 'websocket/close-codes', ...(anchor ? { anchor } : {}), label: text('WebSocket') }],
      },
    });
    const discord = (anchor?: string) =>
      table('discord/gateway-close-codes', [entry(4004, 'Authentication failed')], {
        facts: () => [link(anchor)],
      });

    expect(messages([discord('range-4000-4999'), ws])).toEqual([]);
    expect(messages([discord('code-ranges'), ws])).toEqual([]);
    expect(messages([discord(), ws])).toEqual([]);
    const [message] = messages([discord('private-use'), ws]);
    expect(message).toContain('content/discord/gateway-close-codes.ts: entry 4004 "Authentication failed"');
    expect(message).toContain('links to /websocket/close-codes/#private-use, which that page does not have');
  });

  it('rejects a link from a page part to a table that is not registered', () => {
    const t = table('discord/gateway-close-codes', [entry(4000, 'A')], {
      parts: () => [
        { at: 'before-entries', links: { label: 'fact.seeAlso', links: [{ table: 'ws/none', label: 'X' }] } },
      ],
    });
    const result = messages([t]);
    expect(result).toHaveLength(1);
    expect(result[0]).toContain(
      'content/discord/gateway-close-codes.ts: entry page parts: links to table "ws/none", which is not registered',
    );
  });

  it('rejects a table registered twice or under another section', () => {
    const t = table('discord/gateway-close-codes', [entry(4000, 'A')]);
    const result = validateSite([
      { id: 'discord', label: 'Discord', tables: [t, t] },
      { id: 'grpc', label: 'gRPC', tables: [table('discord/voice-close-codes', [entry(4000, 'A')])] },
    ]).map((e) => e.message);
    expect(result.join('\n')).toContain('table id "discord/gateway-close-codes" is registered twice');
    expect(result.join('\n')).toContain(
      'table id "discord/voice-close-codes" is not of the form "grpc/<table>" for its section "grpc"',
    );
  });

  it('rejects entries outside every group of a grouped table', () => {
    const t = table('discord/json-error-codes', [entry(10_003, 'Unknown channel'), entry(99_999, 'Odd')], {
      codeRange: { min: 0, max: 999_999 },
      groups: [{ id: '10xxx', title: text('10xxx'), from: 10_000, to: 19_999 }],
    });
    const result = messages([t]);
    expect(result).toHaveLength(1);
    expect(result[0]).toContain('99999 "Odd": the code falls in no group');
  });

  it('stops with one error listing every problem', () => {
    const t = table('discord/gateway-close-codes', [entry(1, 'A'), entry(1, 'A')]);
    expect(() => assertValidSite(sectionsOf([t]))).toThrow(DataErrors);
    expect(() => assertValidSite(sectionsOf([t]))).toThrow(/4 problems in the content data/);
  });
});

describe('library identifier validation', () => {
  const library = { id: 'lib', language: 'Go', name: 'lib', version: '1', source: { label: 'l', url: 'u' } };
  const t = table(
    'discord/voice-opcodes',
    [
      entry(11, 'Reset', { documentedDuplicate: true }),
      entry(11, 'Clients Connect', { documentedDuplicate: true }),
      entry(12, 'Video'),
    ],
    { codeRange: { min: 0, max: 99 } },
  );
  const check = (identifiers: { code: number; identifier: string; entryName?: string }[], tableId = t.id) =>
    validateSite(sectionsOf([t]), [{ library, table: tableId, coverage: 'partial', identifiers }]).map(
      (e) => e.message,
    );

  it('accepts identifiers of existing codes, with entryName where a code is listed twice', () => {
    expect(check([{ code: 11, identifier: 'X.ClientsConnect', entryName: 'Clients Connect' }])).toEqual([]);
  });

  it('rejects an unknown table, an unknown code, a duplicate, and an ambiguous code', () => {
    expect(check([], 'discord/nope')[0]).toContain('names table "discord/nope", which is not registered');
    const problems = check([
      { code: 99, identifier: 'X.Missing' },
      { code: 12, identifier: 'X.Video' },
      { code: 12, identifier: 'X.VideoAgain' },
      { code: 11, identifier: 'X.Eleven' },
    ]).join('\n');
    expect(problems).toContain('X.Missing: names code 99, which discord/voice-opcodes does not have');
    expect(problems).toContain('X.VideoAgain: names code 12 twice');
    expect(problems).toContain('X.Eleven: names code 11, which discord/voice-opcodes lists more than once');
  });
});
