import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, htmlPages, idsOf, linksOf, readPage } from '../support/dist.ts';
import { proseToPlainText } from '../../src/lib/prose.ts';
import { tables } from '../../src/tables/registry.ts';

const contract = readFileSync('tests/fixtures/anchors.txt', 'utf8').split('\n').filter(Boolean);
const locales = [
  { prefix: '', lang: 'en' },
  { prefix: '/es', lang: 'es' },
];

describe('built pages', () => {
  it('exist for every table in both languages, with the right lang attribute and title', () => {
    for (const t of tables) {
      for (const { prefix, lang } of locales) {
        const html = readPage(`${prefix}/${t.id}/`);
        expect(html, `${prefix}/${t.id}/`).toContain(`<html lang="${lang}"`);
        expect(html).toMatch(new RegExp(`<h1 id="_top"[^>]*>${t.meta.title[lang as 'en' | 'es']}</h1>`));
      }
    }
  });

  it('carry every anchor of the contract, identical in English and Spanish', () => {
    const ids = new Map<string, Set<string>>();
    const idsAt = (page: string) => ids.get(page) ?? ids.set(page, idsOf(readPage(page))).get(page)!;
    const missing: string[] = [];
    for (const line of contract) {
      const [table, hash] = line.split(' ');
      for (const { prefix } of locales) {
        if (!idsAt(`${prefix}/${table}/`).has(hash!.slice(1))) missing.push(`${prefix}/${table}/${hash}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("carry no prefetch script (astro.config.mjs turns Starlight's prefetch off)", () => {
    const pages = htmlPages();
    expect(pages.length).toBeGreaterThan(20);
    const scripts = new Set<string>();
    for (const page of pages) {
      // Its script tags' and those its inline loader starts after load (src/lib/scripts-after-load.ts).
      const html = readPage(page);
      const onPage = [
        ...[...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!),
        ...[...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].flatMap((m) =>
          [...m[1]!.matchAll(/"(\/_astro\/[^"]+\.js)"/g)].map((path) => path[1]!),
        ),
      ];
      expect(onPage.length, page).toBeGreaterThan(0);
      for (const src of onPage) scripts.add(src);
    }
    for (const src of scripts) {
      // Astro's prefetch script reads its options from the links' data-astro-prefetch.
      expect(readFileSync(join(distDir, src), 'utf8'), src).not.toContain('astroPrefetch');
    }
  });

  it('put code and name in one heading with a space, so search finds the constant', () => {
    const html = readPage('/grpc/status-codes/');
    expect(html).toMatch(
      /<h2 id="not-found"[^>]*><a class="entry-link" href="#not-found">5 NOT_FOUND<\/a><\/h2>/,
    );
  });

  it('have every internal link land on an existing page and fragment', () => {
    const pages = ['/', '/es/', ...tables.flatMap((t) => locales.map(({ prefix }) => `${prefix}/${t.id}/`))];
    const idCache = new Map<string, Set<string>>();
    const ids = (page: string) => {
      if (!idCache.has(page)) idCache.set(page, idsOf(readPage(page)));
      return idCache.get(page)!;
    };
    const broken: string[] = [];
    for (const page of pages) {
      for (const href of linksOf(readPage(page))) {
        if (/^[a-z]+:/i.test(href)) continue;
        const url = new URL(href, `http://site${page}`);
        if (url.pathname.endsWith('.json')) continue;
        let target: Set<string>;
        try {
          target = ids(url.pathname);
        } catch {
          broken.push(`${page} → ${href} (no such page)`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && !target.has(fragment)) broken.push(`${page} → ${href} (no such anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('link each gRPC entry to its HTTP entry and back, in the page language', () => {
    const es = readPage('/es/grpc/status-codes/');
    expect(es).toContain('href="/es/http/status-codes/#404"');
    const http = readPage('/http/status-codes/');
    expect(http).toContain('href="/grpc/status-codes/#not-found"');
    expect(http).toContain('href="/grpc/status-codes/#unimplemented"');
  });

  it('are readable without JavaScript: descriptions are in the HTML', () => {
    const html = readPage('/discord/gateway-close-codes/');
    const entry = tables
      .find((t) => t.id === 'discord/gateway-close-codes')!
      .entries.find((e) => e.code === 4014)!;
    const firstWords = proseToPlainText(entry.description.en).slice(0, 40);
    expect(html).toContain(firstWords.replace(/'/g, '&#39;').replace(/"/g, '&quot;'));
  });
});
