/**
 * Searching the built Pagefind index from Node, without a browser: fast enough
 * to test many queries. Pagefind reads its files with fetch (Node's fetch does not
 * read file: URLs, so this serves them from disk) and picks the index language
 * from <html lang>, stubbed here per instance.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { searchRanking } from '../../src/lib/search-config.ts';

export interface SearchHit {
  url: string;
  title: string;
  /** Pagefind's excerpt, as the search dialog shows it under the title (`<mark>` around matches). */
  excerpt?: string;
}

interface PagefindModule {
  options(o: object): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{
    results: { data(): Promise<{ url: string; excerpt: string; meta: { title: string } }> }[];
  }>;
}

let installed = false;

function installFileFetch(): void {
  if (installed) return;
  installed = true;
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.startsWith('file:')) {
      const body = await readFile(new URL(url));
      return new Response(body, { status: 200 });
    }
    return realFetch(input, init);
  }) as typeof fetch;
}

export type Search = (term: string, limit?: number) => Promise<SearchHit[]>;

/** A Pagefind instance bound to one language's index of a built site (`dist/` unless told). */
export async function loadSearch(language: 'en' | 'es', siteDir = 'dist'): Promise<Search> {
  installFileFetch();
  const distPagefind = resolve(siteDir, 'pagefind');
  (globalThis as { document?: unknown }).document = {
    currentScript: null,
    querySelector: () => ({ getAttribute: () => language }),
  };
  // A fresh module instance per language: Pagefind keeps its state in the module.
  const url = `${pathToFileURL(resolve(distPagefind, 'pagefind.js')).href}?lang=${language}`;
  const pagefind = (await import(/* @vite-ignore */ url)) as PagefindModule;
  await pagefind.options({
    basePath: `${pathToFileURL(distPagefind).href}/`,
    baseUrl: '/',
    ranking: searchRanking,
  });
  await pagefind.init();
  return async (term, limit = 5) => {
    const { results } = await pagefind.search(term);
    const data = await Promise.all(results.slice(0, limit).map((r) => r.data()));
    return data.map((d) => ({ url: d.url, title: d.meta.title, excerpt: d.excerpt }));
  };
}
