/** The installed copy of an upstream file that a build-time patch is pinned to (src/integrations/). */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** `file` of the installed package `pkg`: the package's version, the file's SHA-256 and its text. */
export function installed(pkg: string, file: string): { version: string; sha256: string; text: string } {
  const root = new URL(`../../node_modules/${pkg}/`, import.meta.url);
  const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { version: string };
  const text = readFileSync(new URL(file, root), 'utf8');
  return { version, sha256: createHash('sha256').update(text).digest('hex'), text };
}
