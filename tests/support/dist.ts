/** Reading the built site in tests: pages, ids and links, without a browser. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export const distDir = 'dist';

/** Every HTML file in dist/, as site paths: `/grpc/status-codes/`, `/404.html`. */
export function htmlPages(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? walk(join(dir, d.name)) : d.name.endsWith('.html') ? [join(dir, d.name)] : [],
    );
  return walk(distDir).map(
    (f) =>
      '/' +
      relative(distDir, f)
        .replace(/index\.html$/, '')
        .split('\\')
        .join('/'),
  );
}

export function readPage(path: string): string {
  const file = path.endsWith('/') ? join(distDir, path, 'index.html') : join(distDir, path);
  return readFileSync(file, 'utf8');
}

/** The `id` attributes of a page. */
export function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1]!)));
}

/** The `href` attributes of `<a>` elements of a page. */
export function linksOf(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)].map((m) => decodeEntities(m[1]!));
}

function decodeEntities(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

export function readJson<T = unknown>(path: string): T {
  return JSON.parse(readFileSync(join(distDir, path), 'utf8')) as T;
}
