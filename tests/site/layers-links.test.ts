/**
 * The links between layers, read from the built pages in both languages: Discord close
 * codes ↔ WebSocket codes and ranges, HTTP/2 errors ↔ gRPC codes, gRPC and HTTP entries ↔
 * the comparison of implementations; and the diagram of both mappings, drawn without script.
 * What each page must link to is computed from the data, so a new entry is covered as it lands.
 */
import { describe, expect, it } from 'vitest';
import { linksOf, readPage } from '../support/dist.ts';
import { grpcHttpMappings, httpToGrpcClients, mappingDiagram } from '../../content/grpc/http-mappings.ts';
import { http2ErrorCodes } from '../../content/http2/error-codes.ts';
import {
  closeCodeRanges,
  discordRelation,
  webSocketCloseCodes,
} from '../../content/websocket/close-codes.ts';
import { closeCodePlace } from '../../src/lib/close-code-place.ts';
import { slugify } from '../../src/lib/anchors.ts';
import { getSite } from '../../src/tables/registry.ts';

const site = getSite();
const prefixes = ['', '/es'] as const;
const privateUse = closeCodeRanges.find((r) => r.use === 'private')!;

/** The HTML of one entry (its `<article>`), found by its anchor. */
function entryHtml(page: string, anchor: string): string {
  const article = readPage(page)
    .split('<article')
    .find((chunk) => chunk.includes(` id="${anchor}"`));
  if (!article) throw new Error(`${page} has no entry #${anchor}`);
  return article.slice(0, article.indexOf('</article>'));
}

/** The HTML of a page section (`<section aria-labelledby="id">`) or table row (`<tr>` with a cell `id`). */
function blockHtml(page: string, id: string, tag: 'section' | 'tr'): string {
  const html = readPage(page);
  const at = html.indexOf(tag === 'section' ? `aria-labelledby="${id}"` : ` id="${id}"`);
  if (at < 0) throw new Error(`${page} has no ${tag} #${id}`);
  const start = html.lastIndexOf(`<${tag}`, at);
  return html.slice(start, html.indexOf(`</${tag}>`, at));
}

const hrefs = (html: string) => new Set(linksOf(html));

describe('Discord close codes ↔ WebSocket close codes', () => {
  it('every Discord Gateway, Voice and RPC close code links to the WebSocket code or range it is', () => {
    const missing: string[] = [];
    for (const table of discordRelation.tables) {
      for (const { entry, anchor } of site.entries(table)) {
        const place = closeCodePlace(Number(entry.code), webSocketCloseCodes, closeCodeRanges)!;
        const target = 'entry' in place ? `${place.entry}` : place.range.id;
        for (const prefix of prefixes) {
          const page = `${prefix}/${table}/`;
          if (!hrefs(entryHtml(page, anchor.id)).has(`${prefix}/websocket/close-codes/#${target}`)) {
            missing.push(`${page}#${anchor.id} → #${target}`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('Discord’s 4000–4999 codes land on the private-use range row, which links back to the three Discord tables', () => {
    expect(closeCodePlace(4004, webSocketCloseCodes, closeCodeRanges)).toEqual({ range: privateUse });
    for (const prefix of prefixes) {
      const row = hrefs(blockHtml(`${prefix}/websocket/close-codes/`, privateUse.id, 'tr'));
      for (const table of discordRelation.tables) expect(row).toContain(`${prefix}/${table}/`);
    }
  });

  it('each Discord close-code page says so at the top and links to the range and the WebSocket page; the WebSocket page links to all three', () => {
    for (const prefix of prefixes) {
      const lang = prefix === '' ? 'en' : 'es';
      for (const table of discordRelation.tables) {
        const html = readPage(`${prefix}/${table}/`);
        const note = html.slice(html.indexOf('<div class="related-links'), html.indexOf('<article'));
        expect(note).toContain(discordRelation.onDiscordPages[lang]);
        expect(hrefs(note)).toContain(`${prefix}/websocket/close-codes/#${privateUse.id}`);
        expect(hrefs(note)).toContain(`${prefix}/websocket/close-codes/`);
      }
      const ws = readPage(`${prefix}/websocket/close-codes/`);
      const note = ws.slice(ws.indexOf('<div class="related-links'), ws.indexOf('<article'));
      expect(note).toContain(discordRelation.here[lang]);
      for (const table of discordRelation.tables) expect(hrefs(note)).toContain(`${prefix}/${table}/`);
    }
  });

  it('1000, 1001 and 1006 link to Discord’s guidance on sessions, and that section links back to each', () => {
    const { table, section } = discordRelation.sessionGuidance;
    const withDiscord = webSocketCloseCodes.filter((e) => 'discord' in e).map((e) => e.code);
    expect(withDiscord).toEqual([1000, 1001, 1006]);
    for (const prefix of prefixes) {
      for (const code of withDiscord) {
        expect(hrefs(entryHtml(`${prefix}/websocket/close-codes/`, `${code}`))).toContain(
          `${prefix}/${table}/#${section}`,
        );
      }
      const guidance = hrefs(blockHtml(`${prefix}/${table}/`, section, 'section'));
      for (const code of withDiscord) expect(guidance).toContain(`${prefix}/websocket/close-codes/#${code}`);
    }
  });
});

describe('HTTP/2 error codes ↔ gRPC codes', () => {
  it('every gRPC code an HTTP/2 entry links to links back to that entry, in both languages', () => {
    const missing: string[] = [];
    for (const { entry, anchor } of site.entries('http2/error-codes')) {
      const grpc = (entry as (typeof http2ErrorCodes)[number]).grpc;
      const statuses = [
        ...(grpc.status ? [grpc.status.code] : []),
        ...('libraries' in grpc ? grpc.libraries.map((l) => l.status.code) : []),
      ];
      for (const prefix of prefixes) {
        const out = hrefs(entryHtml(`${prefix}/http2/error-codes/`, anchor.id));
        for (const status of statuses) {
          const grpcAnchor = slugify(status);
          if (!out.has(`${prefix}/grpc/status-codes/#${grpcAnchor}`))
            missing.push(`${entry.name} → ${status}`);
          const back = hrefs(entryHtml(`${prefix}/grpc/status-codes/`, grpcAnchor));
          if (!back.has(`${prefix}/http2/error-codes/#${anchor.id}`))
            missing.push(`${status} → ${entry.name}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('REFUSED_STREAM and UNAVAILABLE, the contract’s example, link to each other', () => {
    expect(hrefs(entryHtml('/http2/error-codes/', 'refused-stream'))).toContain(
      '/grpc/status-codes/#unavailable',
    );
    expect(hrefs(entryHtml('/es/grpc/status-codes/', 'unavailable'))).toContain(
      '/es/http2/error-codes/#refused-stream',
    );
  });
});

describe('gRPC and HTTP entries ↔ the comparison of implementations', () => {
  it('every gRPC entry links to its row on /grpc/http-mappings/, and every row links back', () => {
    for (const prefix of prefixes) {
      for (const row of grpcHttpMappings) {
        const anchor = slugify(row.name);
        expect(hrefs(entryHtml(`${prefix}/grpc/status-codes/`, anchor))).toContain(
          `${prefix}/grpc/http-mappings/#${anchor}`,
        );
        expect(hrefs(entryHtml(`${prefix}/grpc/http-mappings/`, anchor))).toContain(
          `${prefix}/grpc/status-codes/#${anchor}`,
        );
      }
    }
  });

  it('NOT_FOUND says in one line that all four implementations agree on 404, in each language', () => {
    const en = entryHtml('/grpc/status-codes/', 'not-found');
    expect(en).toContain(
      'google.rpc.Code, grpc-gateway, Connect, and Envoy agree: <a href="/http/status-codes/#404">',
    );
    const es = entryHtml('/es/grpc/status-codes/', 'not-found');
    expect(es).toContain(
      'google.rpc.Code, grpc-gateway, Connect y Envoy coinciden: <a href="/es/http/status-codes/#404">',
    );
  });

  it('CANCELLED names grpc-gateway’s 408 before v2.13.0', () => {
    expect(entryHtml('/grpc/status-codes/', 'cancelled')).toMatch(
      /grpc-gateway &lt; v2\.13\.0: <\/strong><a href="\/http\/status-codes\/#408">408 Request Timeout<\/a>/,
    );
  });

  it('the 404 entry says what each client reports and links to its row of the client table', () => {
    for (const prefix of prefixes) {
      const html = entryHtml(`${prefix}/http/status-codes/`, '404');
      expect(html).toMatch(/gRPC, Connect, Envoy: <\/strong><a href="[^"]*#unimplemented">12 UNIMPLEMENTED/);
      expect(html).toMatch(/gRPC-Web: <\/strong><a href="[^"]*#not-found">5 NOT_FOUND/);
      expect(hrefs(html)).toContain(`${prefix}/grpc/http-mappings/#http-404`);
    }
  });

  it('every status in a client’s table has a row on the comparison page that an HTTP entry links to', () => {
    const statuses = new Set(httpToGrpcClients.flatMap((c) => c.rules.map((r) => r.http)));
    const page = readPage('/grpc/http-mappings/');
    for (const status of statuses) {
      expect(page).toContain(` id="http-${status}"`);
      expect(hrefs(entryHtml('/http/status-codes/', `${status}`))).toContain(
        `/grpc/http-mappings/#http-${status}`,
      );
    }
  });
});

describe('the diagram of both mappings', () => {
  const svgOf = (page: string) => {
    const html = readPage(page);
    const start = html.indexOf('<svg class="diagram-svg');
    expect(start, page).toBeGreaterThan(0);
    return html.slice(start, html.indexOf('</svg>', start) + 6);
  };

  it('is inline SVG with a title and a description that name it, in the page’s language, and no script', () => {
    for (const [prefix, lang] of [
      ['', 'en'],
      ['/es', 'es'],
    ] as const) {
      const svg = svgOf(`${prefix}/grpc/http-mappings/`);
      expect(svg).toMatch(/^<svg[^>]* role="img"/);
      expect(svg).toMatch(/aria-labelledby="diagram-title"/);
      expect(svg).toMatch(/aria-describedby="diagram-desc"/);
      expect(svg).toContain(`<title id="diagram-title">${mappingDiagram.title[lang]}</title>`);
      expect(svg).toMatch(/<desc id="diagram-desc"[^>]*>[^<]{40,}<\/desc>/);
      expect(svg).not.toMatch(/<script|\son[a-z]+=/i);
      expect(svg).toContain(`>${mappingDiagram.columns.http[lang]}</text>`);
    }
  });

  it('draws every gRPC code, and one line per code.proto mapping and per client rule, plus any other status', () => {
    const svg = svgOf('/grpc/http-mappings/');
    for (const row of grpcHttpMappings) expect(svg).toContain(`>${row.code} ${row.name}</text>`);
    const grpcClient = httpToGrpcClients.find((c) => c.id === 'grpc')!;
    const statuses = new Set([
      ...grpcHttpMappings.flatMap((r) => (r.codeProto.http ? [r.codeProto.http.code] : [])),
      ...grpcClient.rules.map((r) => r.http),
    ]);
    const lines = svg.match(/<path d="M[^"]*C/g) ?? [];
    expect(lines).toHaveLength(grpcHttpMappings.length + statuses.size + 1);
  });

  it('comes with the same content as tables, linking each code and status to its entry', () => {
    const html = readPage('/grpc/http-mappings/');
    const start = html.indexOf('<details class="figure-tables');
    const tables = html.slice(start, html.indexOf('</details>', start));
    expect(tables).toMatch(/<summary[^>]*>The diagram as tables<\/summary>/);
    expect(tables.match(/<table/g)).toHaveLength(2);
    expect(tables).toMatch(
      /<a href="\/grpc\/status-codes\/#not-found">5 NOT_FOUND<\/a><\/th><td><a href="\/http\/status-codes\/#404">/,
    );
    expect(tables).toMatch(
      /<a href="\/http\/status-codes\/#404">404 Not Found<\/a><\/th><td><a href="\/grpc\/status-codes\/#unimplemented">/,
    );
  });
});
