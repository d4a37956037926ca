import { describe, expect, it } from 'vitest';
import { entriesView } from './table-view.ts';
import { getSite } from '../tables/registry.ts';

const site = getSite();
const view = (id: string) => entriesView(site.table(id), site);
const items = (id: string) => view(id).groups.flatMap((g) => g.items);

describe('the glance view of a table', () => {
  it('gives every entry of a cards table one cell per glance column', () => {
    for (const table of site.tables) {
      const v = view(table.id);
      if (v.layout === 'rows') continue;
      for (const item of items(table.id)) expect(item.cells).toHaveLength(v.columns.length);
    }
  });

  it('tags each entry with the filters it matches: Gateway 4004 is "do not reconnect", 4000 is "resume"', () => {
    const byCode = (code: number) =>
      items('discord/gateway-close-codes').find((it) => it.entry.code === code)!.filters;
    expect(byCode(4004)).toContain('no-reconnect');
    expect(byCode(4004)).not.toContain('resume');
    expect(byCode(4000)).toContain('resume');
  });

  it('offers only filters that match at least one entry, with ids fit for a URL', () => {
    for (const table of site.tables) {
      const v = view(table.id);
      const ids = v.filters.map((f) => f.id);
      expect(new Set(ids).size, table.id).toBe(ids.length);
      for (const id of ids) {
        expect(id, table.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(
          items(table.id).some((it) => it.filters.includes(id)),
          `${table.id} ${id}`,
        ).toBe(true);
      }
    }
  });

  it('shows a community source as a badge on compact rows, and as a fact on cards', () => {
    const json = items('discord/json-error-codes');
    const observed = json.find(
      (it) => site.table('discord/json-error-codes').provenance(it.entry).kind === 'community',
    )!;
    expect(view('discord/json-error-codes').layout).toBe('rows');
    expect(observed.badges).toContain('provenance.community');
    expect(observed.facts.map((f) => f.label)).not.toContain('fact.provenance');

    const clientOnly = items('discord/gateway-close-codes').find((it) => it.filters.includes('client-only'))!;
    expect(clientOnly.facts.map((f) => f.label)).toContain('fact.provenance');
    expect(clientOnly.badges).not.toContain('provenance.community');
  });

  it('maps each gRPC code to its HTTP status in the glance table, as a link to the HTTP entry', () => {
    const notFound = items('grpc/status-codes').find((it) => it.entry.name === 'NOT_FOUND')!;
    expect(notFound.cells[0]!.value).toEqual({
      kind: 'entries',
      links: [{ table: 'http/status-codes', anchor: '404', label: '404 Not Found' }],
    });
  });
});
