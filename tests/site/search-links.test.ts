import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { describe, expect, it } from 'vitest';
import { landingCandidate, recognize, type PasteIndex } from '../../src/lib/paste.ts';
import { distDir, htmlPages, readJson, readPage } from '../support/dist.ts';

const locales = [
  { lang: 'en', prefix: '' },
  { lang: 'es', prefix: '/es' },
] as const;

interface XmlElement {
  readonly uri: string;
  readonly name: string;
  readonly attributes: Record<string, string>;
  text: string;
}

/** The elements of a document, in order, read by a strict (well-formedness checking) XML parser. */
function readXml(xml: string): XmlElement[] {
  const parser = new SaxesParser({ xmlns: true });
  const elements: XmlElement[] = [];
  const open: XmlElement[] = [];
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const element = {
      uri: tag.uri,
      name: tag.local,
      attributes: Object.fromEntries(Object.values(tag.attributes).map((a) => [a.local, a.value])),
      text: '',
    };
    elements.push(element);
    open.push(element);
  });
  parser.on('text', (text) => {
    if (open.length > 0) open.at(-1)!.text += text;
  });
  parser.on('closetag', () => open.pop());
  parser.write(xml).close();
  return elements;
}

const openSearch = 'http://a9.com/-/spec/opensearch/1.1/';

describe('the site as a browser search engine (OpenSearch)', () => {
  describe.each(locales)('$lang', ({ lang, prefix }) => {
    const xml = readFileSync(join(distDir, prefix, 'opensearch.xml'), 'utf8');
    const elements = readXml(xml);
    const one = (name: string) => {
      const found = elements.filter((e) => e.uri === openSearch && e.name === name);
      expect(found, name).toHaveLength(1);
      return found[0]!;
    };

    it('is a well-formed OpenSearch 1.1 description', () => {
      expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
      expect(elements[0]).toMatchObject({ uri: openSearch, name: 'OpenSearchDescription' });
      // The specification's limits.
      expect([...one('ShortName').text].length).toBeLessThanOrEqual(16);
      expect(one('ShortName').text).not.toBe('');
      expect(one('Description').text.length).toBeLessThanOrEqual(1024);
      expect(one('Language').text).toBe(lang);
      expect(one('InputEncoding').text).toBe('UTF-8');
    });

    it(`searches with the ${lang} home page's ?q=, on the site's own origin`, () => {
      const urls = elements.filter((e) => e.uri === openSearch && e.name === 'Url');
      expect(urls.find((u) => u.attributes.type === 'text/html')?.attributes).toEqual({
        type: 'text/html',
        method: 'get',
        template: `https://status-codes.example.org${prefix}/?q={searchTerms}`,
      });
      expect(urls.find((u) => u.attributes.rel === 'self')?.attributes.template).toBe(
        `https://status-codes.example.org${prefix}/opensearch.xml`,
      );
    });
  });

  it('is linked from the head of every page, in the page’s language', () => {
    const wrong: string[] = [];
    for (const page of htmlPages()) {
      const html = readPage(page);
      const head = html.slice(0, html.indexOf('</head>'));
      const links = [...head.matchAll(/<link rel="search"[^>]*>/g)].map((m) => m[0]);
      const prefix = page.startsWith('/es/') ? '/es' : '';
      const title = prefix ? 'Referencia de códigos de estado' : 'Status codes reference';
      const expected = `<link rel="search" type="application/opensearchdescription+xml" title="${title}" href="${prefix}/opensearch.xml"/>`;
      if (links.length !== 1 || links[0] !== expected) wrong.push(`${page}: ${links.join(' ') || 'none'}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('the paste index the browser loads', () => {
  const index = {
    en: readJson<PasteIndex & { strings: { recognized: string } }>('paste-index.json'),
    es: readJson<PasteIndex & { strings: { recognized: string } }>('es/paste-index.json'),
  };

  // The pasted strings of the issue, each with the entry it must land on (hit@1), in both languages.
  it.each([
    ['grpc-status: 14', '/grpc/status-codes/#unavailable'],
    ['rpc error: code = Unavailable desc = connection refused', '/grpc/status-codes/#unavailable'],
    ['StatusCode.UNAVAILABLE', '/grpc/status-codes/#unavailable'],
    ['Status{code=UNAVAILABLE, description=connection refused}', '/grpc/status-codes/#unavailable'],
    ['HTTP/1.1 503 Service Unavailable', '/http/status-codes/#503'],
    ['503 Service Unavailable', '/http/status-codes/#503'],
    [
      '{"message": "Invalid Form Body", "code": 50035, "errors": {"content": {"_errors": []}}}',
      '/discord/json-error-codes/#50035',
    ],
    ['DiscordAPIError[50013]: Missing Permissions', '/discord/json-error-codes/#50013'],
    ['CloseEvent code: 1006', '/websocket/close-codes/#1006'],
    ['REFUSED_STREAM', '/http2/error-codes/#refused-stream'],
  ])('lands "%s" on %s in both languages', (text, href) => {
    expect(landingCandidate(recognize(text, index.en))?.href).toBe(href);
    expect(landingCandidate(recognize(text, index.es))?.href).toBe(`/es${href}`);
  });

  it.each(['WebSocket closed with code 4014', 'close code 4004'])(
    'offers every table for "%s" instead of guessing',
    (text) => {
      const tables = recognize(text, index.es).map((c) => c.tableTitle);
      expect(tables.slice(0, 2)).toEqual([
        'Códigos de cierre del Gateway de Discord',
        'Códigos de cierre de voz de Discord',
      ]);
      expect(tables).toContain('Códigos de cierre de WebSocket');
      expect(landingCandidate(recognize(text, index.es))).toBeUndefined();
    },
  );

  it('says "Recognized" in the page’s language', () => {
    expect(index.en.strings.recognized).toBe('Recognized:');
    expect(index.es.strings.recognized).toBe('Códigos reconocidos:');
  });
});

describe('without JavaScript', () => {
  it.each(locales)('the $lang home page says where every code is', ({ prefix }) => {
    const html = readPage(`${prefix}/`);
    expect(html).toMatch(/<noscript>\s*<p class="home-noscript">[^<]+<a href="#tables">[^<]+<\/a>/);
    expect(html).toContain('<h2 id="tables">');
  });
});
