import { describe, expect, it } from 'vitest';
import { importClosure, lowerScriptPriority, staticImports } from './script-priority.ts';

/** A small built site: entry scripts and the modules they import, as the bundler writes them. */
const modules: Record<string, string> = {
  '/_astro/Search.js': 'import{t as e}from"./preload-helper.js";e(()=>import("./ui.js"))',
  '/_astro/SiteSearch.js': 'import{t as e}from"./site-search.js";e()',
  '/_astro/site-search.js':
    'import{n as e}from"./pagefind-search.js";import{t as n}from"./preload-helper.js";',
  '/_astro/pagefind-search.js': 'export const n=1',
  '/_astro/preload-helper.js': 'export const t=1',
  '/_astro/Toc.js': 'import"./toc.js";import"../vendor/shared.js"',
  '/_astro/toc.js': 'import"./Toc.js"',
  '/vendor/shared.js': '',
  '/_astro/ui.js': 'import"./never-preloaded.js"',
};
const read = (path: string): string => {
  const code = modules[path];
  if (code === undefined) throw new Error(`no ${path}`);
  return code;
};

const page = (body: string) =>
  `<!doctype html><html><head><title>t</title><link rel="stylesheet" href="/_astro/a.css"></head><body>${body}</body></html>`;

describe('the static imports of a bundled module', () => {
  it('are its `import"…"` and `from"…"` paths, not its dynamic imports', () => {
    expect(staticImports(modules['/_astro/Search.js']!)).toEqual(['./preload-helper.js']);
    expect(staticImports(modules['/_astro/Toc.js']!)).toEqual(['./toc.js', '../vendor/shared.js']);
    expect(staticImports('const s = "from"; x.import("./y.js")')).toEqual([]);
  });

  it('closes over every depth, once each, without the entries themselves', () => {
    expect(importClosure(['/_astro/Search.js', '/_astro/SiteSearch.js', '/_astro/Toc.js'], read)).toEqual([
      '/_astro/pagefind-search.js',
      '/_astro/preload-helper.js',
      '/_astro/site-search.js',
      '/_astro/toc.js',
      '/vendor/shared.js',
    ]);
  });
});

describe('a page with its scripts at low priority', () => {
  const before = page(
    '<script>theme()</script><script type="module">inline()</script>' +
      '<script type="module" src="/_astro/Search.js"></script>' +
      '<script type="module" src="/_astro/SiteSearch.js"></script>',
  );
  const after = lowerScriptPriority(before, read);

  it('loads each bundled module script at low priority, and leaves inline scripts as they were', () => {
    expect(after).toContain('<script type="module" src="/_astro/Search.js" fetchpriority="low"></script>');
    expect(after).toContain(
      '<script type="module" src="/_astro/SiteSearch.js" fetchpriority="low"></script>',
    );
    expect(after).toContain('<script>theme()</script><script type="module">inline()</script>');
  });

  it('preloads, at low priority and at the end of its head, each module those scripts import', () => {
    expect(after).toContain(
      '<link rel="stylesheet" href="/_astro/a.css">' +
        '<link rel="modulepreload" fetchpriority="low" href="/_astro/pagefind-search.js">' +
        '<link rel="modulepreload" fetchpriority="low" href="/_astro/preload-helper.js">' +
        '<link rel="modulepreload" fetchpriority="low" href="/_astro/site-search.js"></head>',
    );
    expect(after).not.toContain('ui.js');
  });

  it('is done once: a second pass changes nothing', () => {
    expect(lowerScriptPriority(after, read)).toBe(after);
  });

  it('keeps a priority the page already set', () => {
    const high = page('<script type="module" fetchpriority="high" src="/_astro/Toc.js"></script>');
    const done = lowerScriptPriority(high, read);
    expect(done).toContain('<script type="module" fetchpriority="high" src="/_astro/Toc.js"></script>');
    expect(done).toContain('<link rel="modulepreload" fetchpriority="low" href="/_astro/toc.js">');
  });

  it('leaves a page without bundled module scripts as it was', () => {
    const plain = page('<script>theme()</script><script type="module">inline()</script><p>x</p>');
    expect(lowerScriptPriority(plain, read)).toBe(plain);
  });

  it('stops on a script the build does not have, or a page with imports and no head', () => {
    expect(() =>
      lowerScriptPriority(page('<script type="module" src="/_astro/gone.js"></script>'), read),
    ).toThrow('no /_astro/gone.js');
    expect(() =>
      lowerScriptPriority('<body><script type="module" src="/_astro/Search.js"></script></body>', read),
    ).toThrow('A page with module scripts has no </head>.');
  });
});
