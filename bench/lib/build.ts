/** Building a site for measurement, and sizing what it produced. */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface BuildResult {
  readonly ms: number;
  readonly distBytes: number;
  /** All of dist/pagefind: both languages' indexes and the search UI's scripts. */
  readonly indexBytes: number;
  /** One language's index: its word index, fragments, metadata and WebAssembly (what its searches load from). */
  readonly indexBytesByLanguage: Record<string, number>;
}

/** Total size of the files under `dir`. */
export function dirBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
}

/**
 * The bytes of each language's Pagefind index: the files named for the language
 * (`index/es_*.pf_index`, `fragment/es_*.pf_fragment`, `pagefind.es_*.pf_meta`,
 * `wasm.es.pagefind`), not the UI scripts both languages share.
 */
export function indexBytesByLanguage(pagefindDir: string): Record<string, number> {
  const sizes: Record<string, number> = {};
  for (const e of readdirSync(pagefindDir, { withFileTypes: true, recursive: true })) {
    const language = e.isFile()
      ? /^(?:pagefind\.|wasm\.)?([a-z]{2,3}(?:-[a-z0-9]+)?)[_.]/i.exec(e.name)?.[1]
      : undefined;
    if (!language) continue;
    sizes[language] = (sizes[language] ?? 0) + statSync(join(e.parentPath, e.name)).size;
  }
  return sizes;
}

/**
 * Runs `astro build` (which includes the search index) and times it. `root` is the
 * project folder, `outDir` where the site goes.
 */
export function buildSite(root: string, outDir: string): BuildResult {
  const started = performance.now();
  const run = spawnSync('npx', ['astro', 'build', '--root', root, '--outDir', outDir], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`astro build failed for ${root}:\n${run.stdout}\n${run.stderr}`);
  const pagefind = join(outDir, 'pagefind');
  return {
    ms,
    distBytes: dirBytes(outDir),
    indexBytes: dirBytes(pagefind),
    indexBytesByLanguage: indexBytesByLanguage(pagefind),
  };
}
