/**
 * After the build, rewrites every HTML page with the transforms that need the final markup:
 * the CSP hashes of its inline scripts and styles (src/lib/csp.ts), and low fetch priority for
 * its scripts (src/lib/script-priority.ts). Each transform is a pure function of the page.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addInlineHashes } from '../lib/csp.ts';
import { lowerScriptPriority } from '../lib/script-priority.ts';

/** In order: the CSP hashes last, so that they cover the page as it is served. */
const transforms: readonly ((html: string) => string)[] = [lowerScriptPriority, addInlineHashes];

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

export function builtPages(): AstroIntegration {
  return {
    name: 'status-codes:built-pages',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const files = await htmlFiles(fileURLToPath(dir));
        await Promise.all(
          files.map(async (f) => {
            const html = await readFile(f, 'utf8');
            await writeFile(
              f,
              transforms.reduce((page, transform) => transform(page), html),
            );
          }),
        );
        logger.info(`Completed the Content-Security-Policy and script priorities of ${files.length} pages.`);
      },
    },
  };
}
