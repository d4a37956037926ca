/** Rewriting the built site's HTML pages after the build, as the integrations that finish them do. */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** Replaces every HTML page under `dir` (the build's output) by `rewrite` of it; returns how many. */
export async function rewriteBuiltPages(dir: URL, rewrite: (html: string) => string): Promise<number> {
  const files = await htmlFiles(fileURLToPath(dir));
  await Promise.all(files.map(async (f) => writeFile(f, rewrite(await readFile(f, 'utf8')))));
  return files.length;
}
