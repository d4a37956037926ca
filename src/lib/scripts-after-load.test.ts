import { describe, expect, it } from 'vitest';
import {
  afterLoadLoader,
  importClosure,
  scriptsReadyAttribute,
  startScriptsAfterLoad,
  staticImports,
} from './scripts-after-load.ts';

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
  `<!doctype html><html><head><title>t</title></head><body>${body}<footer>f</footer></body></html>`;

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

/** The one inline script a rewritten page ends its body with. */
function loaderOf(html: string): string {
  const loaders = [...html.matchAll(/<script>(addEventListener\("load"[\s\S]*?)<\/script>/g)];
  expect(loaders).toHaveLength(1);
  expect(html.indexOf(loaders[0]![0]) + loaders[0]![0].length).toBe(html.lastIndexOf('</body>'));
  return loaders[0]![1]!;
}

/**
 * Runs `loader` in a stand-in browser: `import()` is the one thing renamed, to `importModule`,
 * which cannot be stubbed otherwise. Returns what the page did, in order, once it has loaded.
 */
async function runLoader(loader: string, failing: readonly string[] = []): Promise<string[]> {
  const happened: string[] = [];
  const listeners: (() => Promise<void>)[] = [];
  const document = {
    createElement: () => ({ rel: '', href: '' }),
    head: { append: (link: { rel: string; href: string }) => happened.push(`${link.rel} ${link.href}`) },
    documentElement: { setAttribute: (name: string) => happened.push(`set ${name}`) },
  };
  const addEventListener = (type: string, listener: () => Promise<void>, options: { once: boolean }) => {
    expect([type, options]).toEqual(['load', { once: true }]);
    listeners.push(listener);
  };
  const importModule = async (src: string) => {
    happened.push(`import ${src}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (failing.includes(src)) throw new Error(`cannot load ${src}`);
    happened.push(`ran ${src}`);
  };
  const reportError = (error: Error) => happened.push(`reported ${error.message}`);
  expect(loader.split('import(src)')).toHaveLength(2);
  new Function(
    'addEventListener',
    'document',
    'importModule',
    'reportError',
    loader.replace('import(src)', 'importModule(src)'),
  )(addEventListener, document, importModule, reportError);
  expect(happened, 'nothing before load').toEqual([]);
  expect(listeners).toHaveLength(1);
  await listeners[0]!();
  return happened;
}

describe('a page with its scripts started after load', () => {
  const before = page(
    '<script>theme()</script><script type="module">inline()</script>' +
      '<script type="module" src="/_astro/Search.js"></script><p>text</p>' +
      '<script src="/classic.js"></script>' +
      '<script type="module" src="/_astro/SiteSearch.js"></script>',
  );
  const after = startScriptsAfterLoad(before, read);
  // Every script and every module they import statically, preloaded at once.
  const preloads = [
    'modulepreload /_astro/Search.js',
    'modulepreload /_astro/SiteSearch.js',
    'modulepreload /_astro/pagefind-search.js',
    'modulepreload /_astro/preload-helper.js',
    'modulepreload /_astro/site-search.js',
  ];

  it('has no module script tag left, and its inline and classic scripts as they were', () => {
    expect(after).not.toContain('src="/_astro/');
    expect(after).toContain(
      '<body><script>theme()</script><script type="module">inline()</script><p>text</p>' +
        '<script src="/classic.js"></script><footer>f</footer><script>',
    );
  });

  it('preloads every script and import at load, then runs the scripts one after the other, in order', async () => {
    expect(await runLoader(loaderOf(after))).toEqual([
      ...preloads,
      'import /_astro/Search.js',
      'ran /_astro/Search.js',
      'import /_astro/SiteSearch.js',
      'ran /_astro/SiteSearch.js',
      `set ${scriptsReadyAttribute}`,
    ]);
  });

  it('reports a script that fails and still runs the next', async () => {
    expect(await runLoader(loaderOf(after), ['/_astro/Search.js'])).toEqual([
      ...preloads,
      'import /_astro/Search.js',
      'reported cannot load /_astro/Search.js',
      'import /_astro/SiteSearch.js',
      'ran /_astro/SiteSearch.js',
      `set ${scriptsReadyAttribute}`,
    ]);
  });

  it('is done once: a second pass changes nothing', () => {
    expect(startScriptsAfterLoad(after, read)).toBe(after);
  });

  it('leaves a page without bundled module scripts as it was', () => {
    const plain = page('<script>theme()</script><script type="module">inline()</script><p>x</p>');
    expect(startScriptsAfterLoad(plain, read)).toBe(plain);
  });

  it('writes paths that cannot end the inline script', () => {
    const loader = afterLoadLoader(['/_astro/a</script><script>alert(1)</script>.js'], []);
    expect(loader).not.toContain('<');
    expect(loader).toContain('"/_astro/a\\u003c/script>\\u003cscript>alert(1)\\u003c/script>.js"');
  });

  it('stops on a script the build does not have, or a page with scripts and no end of body', () => {
    expect(() =>
      startScriptsAfterLoad(page('<script type="module" src="/_astro/gone.js"></script>'), read),
    ).toThrow('no /_astro/gone.js');
    expect(() =>
      startScriptsAfterLoad('<head><script type="module" src="/_astro/Search.js"></script></head>', read),
    ).toThrow('A page with module scripts has no </body>.');
  });
});
