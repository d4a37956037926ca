/**
 * Starts a page's bundled scripts once the page has loaded. Every `<script type="module"
 * src="/…">` the build wrote is taken out, and one small inline script at the end of the body,
 * on the `load` event, preloads them and the modules they import, then runs them. The scripts (search,
 * tables of contents, the code box on the home page) only enhance a page that reads whole without
 * them; the short inline scripts (theme, copy-link, glance filters) stay as they are.
 *
 * Why: on a phone's connection, each script is one more request the page's first paint and
 * largest paint share the network with. Lighthouse's simulated phone makes the largest paint
 * wait for every request that ended before it, whatever its priority: the JSON error codes page
 * painted its largest text at 1.54 to 1.61 s with its ten scripts loading at low priority, and
 * at 1.35 to 1.38 s with them started on `load` (BENCHMARKS.md, "2026-12-01, afternoon"). What
 * it costs: the search button is enabled one round trip after `load` instead of at it.
 */

/** A bundled script as Astro writes it: `<script type="module" src="/_astro/…"></script>`. */
const bundledScriptTag = /<script(\s[^>]*)><\/script>/g;
const moduleType = /\stype="module"/;
const siteSrc = /\ssrc="(\/[^"]+)"/;

/** Marks the page's root once every script has run: tests wait for it before they act. */
export const scriptsReadyAttribute = 'data-scripts-ready';

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

/** A list of site paths as a script literal that cannot close its `<script>` element. */
const scriptLiteral = (paths: readonly string[]): string => JSON.stringify(paths).replaceAll('<', '\\u003c');

/**
 * The inline script that starts `entries` on `load`: it preloads them and every module they
 * import, all at once, then runs the entries one after the other, in the page's order, as the
 * module scripts they replace would have run. One that fails is reported and the next still
 * runs. A classic script, run while the body is parsed: `load` cannot have fired yet.
 */
export function afterLoadLoader(entries: readonly string[], imports: readonly string[]): string {
  return (
    'addEventListener("load",async()=>{' +
    `for(const href of ${scriptLiteral([...entries, ...imports])}){` +
    'const link=document.createElement("link");link.rel="modulepreload";link.href=href;document.head.append(link)}' +
    `for(const src of ${scriptLiteral(entries)})await import(src).catch(reportError);` +
    `document.documentElement.setAttribute(${JSON.stringify(scriptsReadyAttribute)},"")` +
    '},{once:true})'
  );
}

/**
 * `html` with its bundled module scripts started on `load` (see above), in the order the page
 * had them. `read` returns a script's code by its site path. A page without such scripts, or
 * already done, is returned as it was.
 */
export function startScriptsAfterLoad(html: string, read: (path: string) => string): string {
  const entries: string[] = [];
  const without = html.replace(bundledScriptTag, (tag, attributes: string) => {
    const src = siteSrc.exec(attributes)?.[1];
    if (!src || !moduleType.test(attributes)) return tag;
    entries.push(src);
    return '';
  });
  if (entries.length === 0) return html;
  const end = without.lastIndexOf('</body>');
  if (end === -1) throw new Error('A page with module scripts has no </body>.');
  const loader = `<script>${afterLoadLoader(entries, importClosure(entries, read))}</script>`;
  return without.slice(0, end) + loader + without.slice(end);
}
