/**
 * Starlight's table of contents, unchanged but for one query, as a small Starlight plugin.
 *
 * At idle, Starlight's `starlight-toc` element (the sidebar's and, again, the phone's
 * dropdown) finds what to watch while the reader scrolls: the headings of the table of
 * contents, and every block that follows one or sits at the top of the content without
 * containing one. It asks for the blocks with four `:not(:has(…))` selectors, which make the
 * browser search the subtree of every candidate block; on the HTTP page that costs 60 ms of
 * a phone's main thread (Lighthouse's mobile CPU), on the JSON error codes page 120 ms, twice
 * (one element for each table of contents): the largest part of their total blocking time.
 * The patch asks for the same candidates without `:has()` and keeps those with no heading
 * inside in JavaScript (`querySelector` stops at the first heading it finds): the same
 * elements, in a sixth of the time.
 *
 * It depends on the exact upstream file recorded in `upstream`; the unit test
 * tests/unit/table-of-contents-upstream.test.ts fails when the installed one differs.
 */
import type { StarlightPlugin } from '@astrojs/starlight/types';
import { replaceOnce, upstreamPatchPlugin } from './upstream-patch.ts';

/** The upstream file this patch was written against (package version and SHA-256). */
export const upstream = {
  package: '@astrojs/starlight',
  version: '0.42.4',
  file: 'dist/components-internals/TableOfContents/starlight-toc.js',
  sha256: 'b19e5cc03883e57611f9c3a83f8536818e253e542e67dc8c6f7434a70845ff1b',
} as const;

const tocScript =
  /[\\/]@astrojs[\\/]starlight[\\/]dist[\\/]components-internals[\\/]TableOfContents[\\/]starlight-toc\.js$/;

/** Starlight's query: its four selectors, joined. */
const observedBlocks =
  /const toObserve = document\.querySelectorAll\(\[\n(\t+)`main :where\(\$\{this\.tocHeadingSelector\}\)`,\n\t+`main :where\(\$\{this\.tocHeadingSelector\}, \.sl-heading-wrapper\) ~ \*:not\(:has\(\$\{this\.tocHeadingSelector\}\)\)`,\n\t+`main \.sl-markdown-content > \*:not\(:has\(\$\{this\.tocHeadingSelector\}\)\)`,\n\t+`main > \*:not\(:has\(\$\{this\.tocHeadingSelector\}\)\)`\n\t+\]\.join\(\)\);/g;

/** The same elements: the candidates of the four selectors, then the `:not(:has(…))` test in JavaScript. */
const sameBlocksWithoutHas = [
  'const toObserve = [...document.querySelectorAll([',
  '$1`main :where(${this.tocHeadingSelector})`,',
  '$1`main :where(${this.tocHeadingSelector}, .sl-heading-wrapper) ~ *`,',
  '$1`main .sl-markdown-content > *`,',
  '$1`main > *`',
  '\t\t].join())].filter((el) => isHeading(el) || !el.querySelector(this.tocHeadingSelector));',
].join('\n');

/**
 * Starlight's table-of-contents script with the blocks it watches found without `:has()`.
 * Throws when its query is not there exactly once, i.e. when Starlight has changed.
 */
export function blocksWithoutHas(code: string): string {
  return replaceOnce(
    code,
    observedBlocks,
    sameBlocksWithoutHas,
    'the observed-blocks query of starlight-toc',
  );
}

export function tableOfContents(): StarlightPlugin {
  return {
    name: 'status-codes:table-of-contents',
    hooks: {
      'config:setup'({ addIntegration }) {
        addIntegration({
          name: 'status-codes:table-of-contents',
          hooks: {
            'astro:config:setup'({ updateConfig }) {
              updateConfig({
                vite: {
                  plugins: [
                    upstreamPatchPlugin({
                      name: 'status-codes:table-of-contents',
                      file: tocScript,
                      patch: blocksWithoutHas,
                      changed: "Starlight's table of contents changed",
                      recheck: 're-check the patch in src/integrations/table-of-contents.ts.',
                    }),
                  ],
                },
              });
            },
          },
        });
      },
    },
  };
}
