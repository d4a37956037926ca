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
        const read = (path: string): string => {
          const file = join(root, normalize(path));
          try {
            return readFileSync(file, 'utf8');
          } catch {
            throw new Error(`A page loads the script ${path}, which is not in the build.`);
          }
        };
        const pages = await rewriteBuiltPages(dir, (html) => lowerScriptPriority(html, read));
        logger.info(`Put the scripts of ${pages} pages at low priority.`);
      },
    },
  };
}
