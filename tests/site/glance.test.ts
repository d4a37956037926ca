import { describe, expect, it } from 'vitest';
import { readPage } from '../support/dist.ts';
import { spanishName } from '../../src/lib/entry-title.ts';
import { getSite } from '../../src/tables/registry.ts';

const site = getSite();
const prefixes = ['', '/es'];

/** The part of a page between two markers (the first of each). */
const between = (html: string, start: string, end: string) =>
  html.slice(html.indexOf(start), html.indexOf(end, html.indexOf(start)));

/** A page's glance tables. */
const glanceTables = (html: string) => html.match(/<table class="glance-table"[\s\S]*?<\/table>/g) ?? [];
const caption = (table: string) => /<caption>([^<]*)<\/caption>/.exec(table)?.[1];

describe('the top of every table page', () => {
  for (const table of site.tables) {
    const anchors = site.entries(table.id).map(({ anchor }) => anchor.id);
    for (const prefix of prefixes) {
      const path = `${prefix}/${table.id}/`;

      if (table.glance.layout === 'rows') {
        it(`${path} shows its entries as compact rows, one per entry, without a second table`, () => {
          const html = readPage(path);
          expect(html).not.toContain('class="glance-table"');
          const rows = [
            ...html.matchAll(
              /<li class="entry"[^>]*>(?:<span id="[^"]+" class="entry-alias"><\/span>)*<h[23] id="([^"]+)"/g,
            ),
          ];
          expect(rows.map((m) => m[1])).toEqual(anchors);
        });
        continue;
      }

      it(`${path} starts with a glance table: one row per entry, each linking to the entry`, () => {
        const html = readPage(path);
        const tables = glanceTables(html);
        // One table, or one per range for a table in ranges.
        expect(tables).toHaveLength(table.groups ? table.groups.length : 1);
        for (const glance of tables) expect(glance).toMatch(/<caption>[^<]+<\/caption>/);
        const rows = tables.flatMap((glance) =>
          between(glance, '<tbody>', '</tbody>')
            .split('<tr')
            .slice(1)
            .filter((r) => !r.includes('aria-hidden="true"')),
        );
        expect(rows).toHaveLength(anchors.length);
        const links = rows.map((r) => /<td class="glance-name"><a href="#([^"]+)"/.exec(r)?.[1]);
        expect(links).toEqual(anchors);
        // Before the cards: it is the first thing after the introduction.
        expect(html.indexOf('class="glance-table"')).toBeLessThan(html.indexOf('<article class="entry"'));
      });
    }
  }

  it('has a table per range for a table in ranges, each captioned with its range, in both languages', () => {
    const http = site.table('http/status-codes');
    expect(glanceTables(readPage('/http/status-codes/')).map(caption)).toEqual(
      http.groups!.map((g) => `At a glance (${g.title.en})`),
    );
    expect(glanceTables(readPage('/es/http/status-codes/')).map(caption)).toEqual(
      http.groups!.map((g) => `De un vistazo (${g.title.es})`),
    );
  });

  it('gives every range’s table the same sizer row, hidden, without links, so that their columns line up', () => {
    const tables = glanceTables(readPage('/http/status-codes/'));
    const sizers = tables.map(
      (t) => /<tr class="glance-sizer" aria-hidden="true" data-pagefind-ignore>[\s\S]*?<\/tr>/.exec(t)?.[0],
    );
    expect(sizers.every((s) => s !== undefined && s === sizers[0])).toBe(true);
    expect(sizers[0]).not.toMatch(/<a\b/);
    // The longest mapping of the 4xx range sizes the gRPC column of the 1xx range too.
    expect(sizers[0]).toContain('3 INVALID_ARGUMENT');
    // A table without ranges has one table and no sizer.
    expect(readPage('/grpc/status-codes/')).not.toContain('glance-sizer');
  });

  it('names each entry in Spanish on /es/ where it has a Spanish name', () => {
    const html = readPage('/es/discord/gateway-close-codes/');
    const entry = site.table('discord/gateway-close-codes').entries.find((e) => e.code === 4004)!;
    const es = spanishName(entry);
    expect(es).not.toBeNull();
    expect(between(html, '<table class="glance-table"', '</table>')).toContain(
      `<span class="glance-es">${es}</span>`,
    );
    expect(
      between(readPage('/discord/gateway-close-codes/'), '<table class="glance-table"', '</table>'),
    ).not.toContain('glance-es');
  });

  it('marks rows and entries with the filters they match, and offers the filters as buttons', () => {
    const html = readPage('/discord/gateway-close-codes/');
    const noReconnect = site
      .entries('discord/gateway-close-codes')
      .filter(({ entry }) => (entry as { reconnect?: string }).reconnect === 'no');
    expect(noReconnect.length).toBeGreaterThan(0);
    const tagged = (tag: string) =>
      [...html.matchAll(new RegExp(`<${tag}[^>]* data-filter="([^"]*)"`, 'g'))].filter((m) =>
        m[1]!.split(' ').includes('no-reconnect'),
      ).length;
    expect(tagged('tr')).toBe(noReconnect.length);
    expect(tagged('article')).toBe(noReconnect.length);
    expect(html).toMatch(
      /<button type="button" class="glance-chip" aria-pressed="false" data-filter-id="no-reconnect">/,
    );
  });

  it('hide the filter buttons when JavaScript is off (they could do nothing)', () => {
    for (const table of site.tables) {
      expect(readPage(`/${table.id}/`)).toContain(
        '<noscript><style>.glance-filters{display:none!important}</style></noscript>',
      );
    }
  });
});
