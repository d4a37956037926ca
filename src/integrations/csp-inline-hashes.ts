/** After the build, completes each page's CSP with the hashes of its inline scripts (see src/lib/csp.ts). */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addInlineHashes } from '../lib/csp.ts';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

export function cspInlineHashes(): AstroIntegration {
  return {
    name: 'status-codes:csp-inline-hashes',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const files = await htmlFiles(fileURLToPath(dir));
        await Promise.all(files.map(async (f) => writeFile(f, addInlineHashes(await readFile(f, 'utf8')))));
        logger.info(`Completed the Content-Security-Policy of ${files.length} pages.`);
      },
    },
  };
}
