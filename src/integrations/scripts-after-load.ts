/** After the build, starts each page's bundled scripts on `load` (see src/lib/scripts-after-load.ts). */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startScriptsAfterLoad } from '../lib/scripts-after-load.ts';
import { rewriteBuiltPages } from './built-pages.ts';

export function scriptsAfterLoad(): AstroIntegration {
  return {
    name: 'status-codes:scripts-after-load',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        // Every page loads the same few scripts: each is read once, not once per page.
        const scripts = new Map<string, string>();
        const read = (path: string): string => {
          let code = scripts.get(path);
          if (code === undefined) {
            try {
              code = readFileSync(join(root, normalize(path)), 'utf8');
            } catch {
              throw new Error(`A page loads the script ${path}, which is not in the build.`);
            }
            scripts.set(path, code);
          }
          return code;
        };
        const pages = await rewriteBuiltPages(dir, (html) => startScriptsAfterLoad(html, read));
        logger.info(`Started the scripts of ${pages} pages after load.`);
      },
    },
  };
}
