import { describe, expect, it } from 'vitest';
import { nameVariants, searchOnlyMarker, searchRecords } from './search-records.ts';
import { buildSiteIndex } from './site-index.ts';
import { getSite } from '../tables/registry.ts';

describe('search records', () => {
  it('index a constant also as the words people type', () => {
    expect(nameVariants('NOT_FOUND')).toEqual(['NOT_FOUND', 'NOT FOUND']);
    expect(nameVariants('Invalid `seq`')).toEqual(['Invalid seq']);
  });

  const records = searchRecords(getSite());

  it('exist for every entry in both languages, each linking to its anchor', () => {
    const site = getSite();
    for (const table of site.tables) {
      for (const { anchor } of site.entries(table.id)) {
        expect(records.some((r) => r.url === `/${table.id}/#${anchor.id}` && r.language === 'en')).toBe(true);
        expect(records.some((r) => r.url === `/es/${table.id}/#${anchor.id}` && r.language === 'es')).toBe(
          true,
        );
      }
    }
  });

  it('weigh client-only and observed entries below documented ones', () => {
    const html = (url: string) => records.find((r) => r.url === url)!.html;
    expect(html('/discord/gateway-close-codes/#4004')).toContain('data-pagefind-weight="10">4004<');
    expect(html('/discord/rpc-close-codes/#4004')).toContain('data-pagefind-weight="7">4004<');
  });

  it('index constants as the words a query becomes, after the text a result shows', () => {
    const html = records.find((r) => r.url === '/grpc/status-codes/#cancelled')!.html;
    // Pagefind drops `.` and `::` from a query and would split `codes.Canceled` into parts.
    expect(html).toContain('codescanceled');
    expect(html).toContain('grpcstatuscodecancelled');
    expect(html).not.toContain('codes.Canceled');
    expect(html.indexOf('codescanceled')).toBeGreaterThan(html.indexOf('The operation was cancelled'));
    expect(html).toMatch(/data-pagefind-weight="3">[^<]*codescanceled/);
  });

  it('open the constants with the marker the patched engine reads, and only them', () => {
    const html = (url: string) => records.find((r) => r.url === url)!.html;
    const marked = html('/grpc/status-codes/#cancelled');
    expect(marked).toContain(`data-pagefind-weight="3">${searchOnlyMarker} codescanceled`);
    expect(marked.split(searchOnlyMarker)).toHaveLength(2);
    // A record without constants (a table page, a prose section) has no marker.
    expect(html('/grpc/status-codes/')).not.toContain(searchOnlyMarker);
    expect(html('/grpc/status-codes/#retrying')).not.toContain(searchOnlyMarker);
  });

  it('weigh a Spanish record’s Spanish names above its English ones, each word once', () => {
    const html = records.find((r) => r.url === '/es/discord/gateway-opcodes/#11')!.html;
    expect(html).toContain('data-pagefind-weight="8">Heartbeat ACK; confirmación de latido;<');
    // Whole names, for the excerpt; the word an earlier name has weighs nothing.
    expect(html).toContain(
      'data-pagefind-weight="7"><span data-pagefind-weight="0">heartbeat</span> acknowledgement;<',
    );
    const en = records.find((r) => r.url === '/discord/gateway-opcodes/#11')!.html;
    expect(en).toContain(
      'data-pagefind-weight="8">Heartbeat ACK; <span data-pagefind-weight="0">heartbeat</span> acknowledgement;<',
    );
    expect(en).not.toContain('latido');
  });

  it('end each name with a semicolon inside its last word, unless it ends a sentence', () => {
    const html = records.find((r) => r.url === '/es/http/status-codes/#429')!.html;
    expect(html).toContain(
      'Demasiadas solicitudes; límite de <span data-pagefind-weight="0">solicitudes;</span> ',
    );
    // «Aplicación aún no disponible. Vuelve a intentarlo más tarde.»
    const sentence = records.find((r) => r.url === '/es/discord/json-error-codes/#110001')!.html;
    expect(sentence).toContain('más tarde. ');
    expect(sentence).not.toMatch(/[.!?];/);
  });

  it('escape the data, so a text cannot inject markup into the index', () => {
    const table = {
      ...getSite().table('discord/rpc-close-codes'),
      entries: [
        {
          code: 4_000,
          name: 'A <b>name</b>',
          nameEs: 'Un <i>nombre</i>',
          description: { en: 'x < y & "z"', es: '<script>alert(1)</script>' },
        },
      ],
    };
    const one = [{ id: 'discord', label: 'Discord', tables: [table] }];
    const [, entry] = searchRecords(buildSiteIndex(one));
    expect(entry!.html).toContain('A &lt;b&gt;name&lt;/b&gt;');
    expect(entry!.html).toContain('x &lt; y &amp; &quot;z&quot;');
    const es = searchRecords(buildSiteIndex(one)).find(
      (r) => r.language === 'es' && r.url.endsWith('#4000'),
    )!;
    expect(es.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(es.html).not.toContain('<script>');
    expect(es.html).toContain('Un &lt;i&gt;nombre&lt;/i&gt;');
  });
});
