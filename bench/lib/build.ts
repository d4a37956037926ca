/** Building a site for measurement, and sizing what it produced. */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface BuildResult {
  readonly ms: number;
  readonly distBytes: number;
  readonly indexBytes: number;
}

/** Total size of the files under `dir`. */
export function dirBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
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
  return { ms, distBytes: dirBytes(outDir), indexBytes: dirBytes(join(outDir, 'pagefind')) };
}
