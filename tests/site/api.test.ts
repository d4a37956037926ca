import { describe, expect, it } from 'vitest';
import { idsOf, readJson, readPage } from '../support/dist.ts';
import { proseToMarkup } from '../../src/lib/prose.ts';
import { getSite, tables } from '../../src/tables/registry.ts';

interface ExportedEntry {
  code: number | string;
  name: string;
  anchor: string;
  url: string;
  description: { en: string; es: string };
  [fact: string]: unknown;
}

describe('the JSON export', () => {
  it('lists every table in /api/v1/index.json', () => {
    const index = readJson<{ tables: { id: string; entries: number; json: string }[] }>('api/v1/index.json');
    expect(index.tables.map((t) => t.id)).toEqual(tables.map((t) => t.id));
    for (const t of index.tables) expect(t.json).toMatch(new RegExp(`/api/v1/${t.id}\\.json$`));
  });

  it('agrees with the data and the pages: same entries, same anchors, same texts', () => {
    const site = getSite();
    for (const t of tables) {
      const exported = readJson<{ entries: ExportedEntry[] }>(`api/v1/${t.id}.json`).entries;
      expect(
        exported.map((e) => e.code),
        t.id,
      ).toEqual(t.entries.map((e) => e.code));
      const pageIds = idsOf(readPage(`/${t.id}/`));
      exported.forEach((e, i) => {
        const entry = t.entries[i]!;
        expect(e.name).toBe(entry.name);
        expect(e.description).toEqual({
          en: proseToMarkup(entry.description.en),
          es: proseToMarkup(entry.description.es),
        });
        expect(e.anchor).toBe(site.entries(t.id)[i]!.anchor.id);
        expect(new URL(e.url).pathname + new URL(e.url).hash).toBe(`/${t.id}/#${e.anchor}`);
        expect(pageIds.has(e.anchor), `${t.id} #${e.anchor}`).toBe(true);
      });
    }
  });

  it("carries each table's own facts under self-explanatory keys", () => {
    const entry = (table: string, code: number | string) =>
      readJson<{ entries: ExportedEntry[] }>(`api/v1/${table}.json`).entries.find((e) => e.code === code)!;
    expect(entry('grpc/status-codes', 5)['http']).toBe(404);
    expect(entry('http/status-codes', 404)).toMatchObject({
      reason: 'Not Found',
      standard: true,
      grpc: ['NOT_FOUND'],
      grpcClientCode: 'UNIMPLEMENTED',
    });
    expect(entry('http/status-codes', 499)).toMatchObject({ standard: false, grpc: ['CANCELLED'] });
    expect(entry('discord/gateway-close-codes', 4014)).toMatchObject({ reconnect: false });
    expect(entry('discord/gateway-close-codes', 4000)).toMatchObject({ reconnect: true });
    expect(entry('discord/gateway-opcodes', 1)).toMatchObject({ direction: 'both', clientOnly: false });
    expect(entry('discord/gateway-opcodes', 12)).toMatchObject({ clientOnly: true });
    expect(entry('discord/http-status-codes', 502)).toMatchObject({ retry: 'with-backoff', http: 502 });
    expect(entry('discord/json-error-codes', 50_035)['message']).toMatch(/invalid form body/i);
    expect(entry('discord/rpc-error-codes', 4007)).toMatchObject({ provenance: { kind: 'official' } });
    expect(entry('discord/rpc-error-codes', 4011)).toMatchObject({
      name: 'INVALID_INVITE',
      provenance: { kind: 'community', source: 'Discord Userdoccers' },
    });
    expect(entry('discord/rpc-close-codes', 1006)).toMatchObject({
      name: 'CLOSE_ABNORMAL',
      provenance: { kind: 'community', source: 'Discord Userdoccers' },
    });
    expect(entry('http/status-codes', 463)).toMatchObject({
      standard: false,
      standing: 'non-standard',
      origin: 'AWS Application Load Balancer',
      spec: { url: expect.stringContaining('docs.aws.amazon.com') },
      provenance: { kind: 'vendor', source: 'AWS Application Load Balancer' },
    });
  });
});
