/** After the build, completes each page's CSP with the hashes of its inline scripts (see src/lib/csp.ts). */
import type { AstroIntegration } from 'astro';
import { addInlineHashes } from '../lib/csp.ts';
import { rewriteBuiltPages } from './built-pages.ts';

export function cspInlineHashes(): AstroIntegration {
  return {
    name: 'status-codes:csp-inline-hashes',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pages = await rewriteBuiltPages(dir, addInlineHashes);
        logger.info(`Completed the Content-Security-Policy of ${pages} pages.`);
      },
    },
  };
}
