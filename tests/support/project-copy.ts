/**
 * A copy of the project to build with changes a test or the benchmark makes (a
 * throwaway table, synthetic data), leaving the real project untouched. The copy sits
 * inside the project (under a git-ignored folder) so that it finds node_modules by
 * walking up, as Node does: a symlinked node_modules would show Vite the same files
 * under two paths.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** What a build needs: sources, data, static files and configuration. */
const projectFiles = ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

export function copyProject(dir: string): string {
  if (relative('.', dir).startsWith('..'))
    throw new Error(`A project copy must be inside the project, not ${dir}.`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const path of projectFiles) cpSync(path, join(dir, path), { recursive: true });
  return dir;
}

/** `astro build` of a copy into its own dist/; throws with Astro's output when it fails. */
export function buildCopy(root: string): string {
  // Astro resolves a relative --outDir against --root.
  const outDir = resolve(root, 'dist');
  const run = spawnSync('npx', ['astro', 'build', '--root', root, '--outDir', outDir], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (run.status !== 0) throw new Error(`astro build failed for ${root}:\n${run.stdout}\n${run.stderr}`);
  return outDir;
}
