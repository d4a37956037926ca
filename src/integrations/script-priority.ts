/** After the build, puts each page's scripts at low priority (see src/lib/script-priority.ts). */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lowerScriptPriority } from '../lib/script-priority.ts';
import { rewriteBuiltPages } from './built-pages.ts';

export function scriptPriority(): AstroIntegration {
  return {
    name: 'status-codes:script-priority',
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
        const pages = await rewriteBuiltPages(dir, (html) => lowerScriptPriority(html, read));
        logger.info(`Put the scripts of ${pages} pages at low priority.`);
      },
    },
  };
}
