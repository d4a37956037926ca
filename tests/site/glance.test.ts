import { describe, expect, it } from 'vitest';
import { readPage } from '../support/dist.ts';
import { spanishName } from '../../src/lib/entry-title.ts';
import { getSite } from '../../src/tables/registry.ts';

const site = getSite();
const prefixes = ['', '/es'];

/** The part of a page between two markers (the first of each). */
const between = (html: string, start: string, end: string) =>
  html.slice(html.indexOf(start), html.indexOf(end, html.indexOf(start)));

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
        const glance = between(html, '<table class="glance-table"', '</table>');
        expect(glance).toMatch(/<caption>[^<]+<\/caption>/);
        const body = between(glance, '<tbody>', '</tbody>');
        const rows = body.split('<tr').slice(1);
        expect(rows).toHaveLength(anchors.length);
        const links = rows.map((r) => /<td><a href="#([^"]+)"/.exec(r)?.[1]);
        expect(links).toEqual(anchors);
        // Before the cards: it is the first thing after the introduction.
        expect(html.indexOf('class="glance-table"')).toBeLessThan(html.indexOf('<article class="entry"'));
      });
    }
  }

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
