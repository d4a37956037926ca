/**
 * Patching an upstream file at build time, as the site's small overrides of Starlight and
 * Pagefind UI do (site-search.ts, table-of-contents.ts): each patch replaces code it expects
 * exactly once, and the build stops, naming what to re-check, when an upgrade changed it.
 */
import type { ViteUserConfig } from 'astro';

/** One Vite plugin object (Astro's config also accepts arrays, promises and `false` there). */
export type VitePlugin = Extract<NonNullable<ViteUserConfig['plugins']>[number], { name: string }>;

/**
 * `pattern` (global) must occur once in `code`; it is replaced by `replacement`. Throws
 * "expected <what> once, found it N times" otherwise.
 */
export function replaceOnce(code: string, pattern: RegExp, replacement: string, what: string): string {
  const found = code.match(pattern)?.length ?? 0;
  if (found !== 1) throw new Error(`expected ${what} once, found it ${found} times`);
  return code.replace(pattern, replacement);
}

export interface UpstreamPatch {
  /** The Vite plugin's name. */
  readonly name: string;
  /** The upstream file, by its resolved path. */
  readonly file: RegExp;
  /**
   * Only the module of the file whose id has this query, in the browser's build: an Astro
   * component's script is the module `Component.astro?astro&type=script&index=0&lang.ts`, which
   * the server's build replaces by an empty stand-in. Without it, any module of the file, in
   * every build.
   */
  readonly query?: RegExp;
  /** The file's code, patched; throws when it does not recognise the code. */
  readonly patch: (code: string) => string;
  /** The build error when `patch` throws: "<changed> (<why>): <recheck>". */
  readonly changed: string;
  readonly recheck: string;
}

/** A Vite plugin that applies `patch` to `file`, before other plugins, and stops the build if it cannot. */
export function upstreamPatchPlugin({
  name,
  file,
  query,
  patch,
  changed,
  recheck,
}: UpstreamPatch): VitePlugin {
  return {
    name,
    enforce: 'pre',
    ...(query && { applyToEnvironment: (environment) => environment.config.consumer === 'client' }),
    transform(code, id) {
      const [path, idQuery = ''] = id.split('?');
      if (!file.test(path!) || (query && !query.test(idQuery))) return null;
      try {
        return { code: patch(code), map: null };
      } catch (error) {
        return this.error(`${changed} (${String(error)}): ${recheck}`);
      }
    },
  };
}
