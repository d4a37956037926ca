/**
 * Tells the browser that a page's scripts are not needed for its first paint: every bundled
 * module script gets `fetchpriority="low"`, and every module it imports statically a
 * `<link rel="modulepreload" fetchpriority="low">` (an import would otherwise be fetched at high
 * priority, whatever its importer's). The scripts (search, tables of contents, copy-link, filters)
 * only enhance a page that reads whole without them.
 *
 * Why it matters: Lighthouse's simulated phone counts, in the first paint, every high-priority
 * script that had arrived before the first paint it observed. Whether they had arrived depends on
 * how fast the measuring machine is, and counting them moved a page's simulated first paint by a
 * quarter of a second (1.2 s or 1.47 s for the JSON error codes page, 0.9 s or 1.15 to 1.19 s for
 * the middle-sized ones): BENCHMARKS.md, "2026-12-01, midday". At low priority they never count.
 */

/** `<script type="module" src="…">` as Astro writes a bundled script: its attributes and src. */
const moduleScriptTag = /<script((?:\s[^>]*)?\stype="module"(?:\s[^>]*)?)>/g;
const srcAttribute = /\ssrc="([^"]+)"/;

/**
 * The modules `code` imports statically, by their paths relative to it (`./x.js`), as the
 * bundler writes them: `import"./x.js"` and `… from"./x.js"`. Dynamic imports (`import("./x.js")`)
 * load on demand, when the reader opens the search, and are left out.
 */
export function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)].map((m) => m[1]!);
}

/**
 * Every module the scripts at `entries` (site paths such as `/_astro/a.js`) import statically, at
 * any depth, entries excluded, in a stable order. `read` returns a module's code by its site path.
 */
export function importClosure(entries: readonly string[], read: (path: string) => string): string[] {
  const found = new Set<string>();
  const visit = (path: string): void => {
    for (const relative of staticImports(read(path))) {
      const imported = new URL(relative, `http://site${path}`).pathname;
      if (found.has(imported) || entries.includes(imported)) continue;
      found.add(imported);
      visit(imported);
    }
  };
  for (const entry of entries) visit(entry);
  return [...found].sort();
}

/**
 * `html` with its bundled module scripts at low priority and a low-priority modulepreload link,
 * at the end of its head, for each module they import. `read` returns a script's code by its
 * site path. A page without such scripts, or already done, is returned as it was.
 */
export function lowerScriptPriority(html: string, read: (path: string) => string): string {
  const entries: string[] = [];
  const lowered = html.replace(moduleScriptTag, (tag, attributes: string) => {
    const src = srcAttribute.exec(attributes)?.[1];
    if (!src?.startsWith('/')) return tag;
    entries.push(src);
    return /\sfetchpriority=/.test(attributes) ? tag : `<script${attributes} fetchpriority="low">`;
  });
  if (entries.length === 0) return html;
  const preloads = importClosure(entries, read)
    .map((path) => `<link rel="modulepreload" fetchpriority="low" href="${path}">`)
    .filter((link) => !lowered.includes(link))
    .join('');
  if (preloads && !lowered.includes('</head>')) throw new Error('A page with module scripts has no </head>.');
  return lowered.replace('</head>', `${preloads}</head>`);
}
