/**
 * The site's search, as a small Starlight plugin: Starlight's own Search component (markup,
 * styles, dialog and shortcuts unchanged), wrapped by src/components/SiteSearch.astro, with
 * five changes at build time:
 *
 * 1. Starlight's search script imports `@pagefind/default-ui` at idle on every page and
 *    constructs `PagefindUI` with its own settings. That one import (and only that one)
 *    resolves to src/scripts/site-search.ts instead, whose `PagefindUI` records Starlight's
 *    options and builds the real Pagefind UI, with the site's settings, when someone is
 *    about to search.
 *
 * 2. Pagefind UI gives a search the id that decides whether its results may be shown only
 *    after the search has waited for the engine's script (pagefind.js). Searches typed while
 *    that script loads each wait on their own 50 ms retry timer and take their ids in the
 *    order the timers fire, not the order they were typed, so the results of an earlier
 *    prefix ("40" of "4004") can get the last id and stay on screen under "9 results for
 *    4004". The site used to search again afterwards, which made the results flash. Taking
 *    the id when the search starts makes the last keystroke's search the only one shown,
 *    however the waits resolve: results render once, for the final query, with no re-search
 *    and no debounce (which would delay every result). Loading the engine before the UI
 *    takes input would only narrow the window, as the UI has no "ready" signal to wait for.
 *
 * 3. Pagefind UI sends the engine a search for every keystroke, and the engine's worker
 *    answers them one after the other: typing "UNAVAILABLE" queues eleven searches, the
 *    first ones ("U", "UN") the slowest, as they match the most words, and the last one,
 *    the only one shown, waits for all of them. The UI now sends one search at a time and,
 *    once the engine is free, only the latest one typed: the final query waits for at most
 *    the search in progress. Nothing is delayed when the engine is idle.
 *
 * 4. Pagefind UI imports Pagefind's engine itself. It now takes the site's engine instead
 *    (`startEngine` of src/scripts/pagefind-search.ts, which runs it on the page's main
 *    thread), so the engine is always started with the site's settings: with both importing
 *    it, whichever import resolved first started it, and now and then that was Pagefind UI's,
 *    in a web worker.
 *
 * 5. Starlight's script sets Pagefind UI up on `DOMContentLoaded`. The site starts its scripts
 *    after `load` (src/lib/scripts-after-load.ts), when that event has passed and would never
 *    come: the script now sets it up at once when the document is already parsed.
 *
 * They depend on the exact upstream files recorded in `upstream`; the unit test
 * tests/unit/site-search-upstream.test.ts fails when the installed ones differ.
 */
import type { StarlightPlugin } from '@astrojs/starlight/types';
import { fileURLToPath } from 'node:url';
import { replaceOnce, upstreamPatchPlugin, type VitePlugin } from './upstream-patch.ts';

/** The upstream files this override was written against (package version and SHA-256). */
export const upstream = {
  /** Rendered by SiteSearch.astro; its script constructs PagefindUI (see above). */
  starlight: {
    package: '@astrojs/starlight',
    version: '0.42.4',
    file: 'dist/components/Search.astro',
    sha256: '30d6549c54409a9e92ec9734901946d409a408635e8876b18940285f21c62062',
  },
  /** Patched below (the search id, one search at a time, the engine); the browser bundle is its `module` entry. */
  pagefindUi: {
    package: '@pagefind/default-ui',
    version: '1.5.2',
    file: 'npm_dist/mjs/ui-core.mjs',
    sha256: 'f45d166fbf04c1ed1c1ed6bb495e5b6bc7f5a6d95a514422aadfc5e54354a12a',
  },
} as const;

const clientModule = fileURLToPath(new URL('../scripts/site-search.ts', import.meta.url));
const engineModule = fileURLToPath(new URL('../scripts/pagefind-search.ts', import.meta.url));
const fromStarlightSearch = /[\\/]@astrojs[\\/]starlight[\\/]dist[\\/]components[\\/]Search\.astro\b/;
const pagefindUiBundle = /[\\/]@pagefind[\\/]default-ui[\\/]npm_dist[\\/]mjs[\\/]ui-core\.mjs$/;
const idAfterWait = /await waitForApiInit\(\);(\s*)const local_search_id = \+\+search_id;/g;

/**
 * Pagefind UI's bundle with each search's id taken before it waits for the engine (2. above).
 * Throws when that code is not there exactly once, i.e. when Pagefind UI has changed.
 */
export function takeSearchIdFirst(code: string): string {
  return replaceOnce(
    code,
    idAfterWait,
    'const local_search_id = ++search_id;$1await waitForApiInit();',
    'the search-id code of Pagefind UI',
  );
}

const searchIdDeclaration = /let search_id = 0;/g;
const engineCall = /const results = await pagefind\.search\(term, search_options\);/g;

/**
 * Pagefind UI's bundle with one search at a time in the engine, the latest typed (3. above):
 * a search waits for the one in progress, then gives way if another was typed meanwhile.
 * Throws when the code it patches is not there exactly once.
 */
export function oneSearchAtATime(code: string): string {
  const declared = replaceOnce(
    code,
    searchIdDeclaration,
    'let search_id = 0;\n  let engine_busy = Promise.resolve();',
    'the search-id declaration of Pagefind UI',
  );
  return replaceOnce(
    declared,
    engineCall,
    [
      'await engine_busy;',
      '    if (search_id !== local_search_id) return;',
      '    const searching = pagefind.search(term, search_options);',
      '    engine_busy = searching.then(() => {}, () => {});',
      '    const results = await searching;',
    ].join('\n'),
    'the engine call of Pagefind UI',
  );
}

const engineImport = /imported_pagefind = await import\(`\$\{base_path\}pagefind\.js`\);/g;

/**
 * Pagefind UI's bundle with the site's engine in place of its own import of Pagefind (4. above).
 * Throws when that import is not there exactly once.
 */
export function siteEngine(code: string): string {
  const replaced = replaceOnce(
    code,
    engineImport,
    'imported_pagefind = await startSiteEngine(base_path);',
    'the engine import of Pagefind UI',
  );
  return `import { startEngine as startSiteEngine } from ${JSON.stringify(engineModule)};\n${replaced}`;
}

// Quoted as in the file, or with double quotes as Astro's compiler prints the script for Vite.
const onDomContentLoaded = /window\.addEventListener\((['"])DOMContentLoaded\1, (?=\(\) => \{)/g;

/**
 * Starlight's search script with its `DOMContentLoaded` listener run at once when the document
 * is already parsed (5. above). Throws when that listener is not there exactly once.
 */
export function setUpOnceParsed(code: string): string {
  return replaceOnce(
    code,
    onDomContentLoaded,
    '((setUp) => document.readyState === "loading" ? window.addEventListener("DOMContentLoaded", setUp) : setUp())(',
    "the DOMContentLoaded listener of Starlight's search script",
  );
}

/** Starlight's search script, patched (5. above). */
function starlightScriptPlugin(): VitePlugin {
  return upstreamPatchPlugin({
    name: 'status-codes:site-search-script',
    file: fromStarlightSearch,
    query: /(^|&)type=script(&|$)/,
    patch: setUpOnceParsed,
    changed: "Starlight's search script changed",
    recheck:
      'check that it still sets Pagefind UI up on DOMContentLoaded, and the patch in src/integrations/site-search.ts that runs it after load.',
  });
}

function vitePlugin(): VitePlugin {
  return {
    ...upstreamPatchPlugin({
      name: 'status-codes:site-search',
      file: pagefindUiBundle,
      patch: (code) => siteEngine(oneSearchAtATime(takeSearchIdFirst(code))),
      changed: 'Pagefind UI changed',
      recheck:
        're-check the search-id fix, the one-search-at-a-time patch and the engine import in src/integrations/site-search.ts; upstream may have fixed the race.',
    }),
    resolveId(source, importer) {
      if (source !== '@pagefind/default-ui' || !importer || !fromStarlightSearch.test(importer)) return null;
      return clientModule;
    },
  };
}

export function siteSearch(): StarlightPlugin {
  return {
    name: 'status-codes:site-search',
    hooks: {
      'config:setup'({ config, updateConfig, addIntegration }) {
        updateConfig({ components: { ...config.components, Search: './src/components/SiteSearch.astro' } });
        addIntegration({
          name: 'status-codes:site-search',
          hooks: {
            'astro:config:setup'({ updateConfig: updateAstroConfig }) {
              updateAstroConfig({ vite: { plugins: [vitePlugin(), starlightScriptPlugin()] } });
            },
          },
        });
      },
    },
  };
}
