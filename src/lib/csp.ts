/**
 * Completes the Content-Security-Policy that Astro writes into each page.
 * Astro hashes the scripts and styles it bundles, but not `is:inline` scripts
 * (Starlight's theme and sidebar bootstraps are such scripts), which the browser
 * would then block. This adds the hash of every inline script and style element
 * actually present in the page, so the policy allows exactly what the page has.
 */
import { createHash } from 'node:crypto';

const cspMeta = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

export function sha256Source(content: string): string {
  return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}

/** The hashes of the page's inline `<script>` (not `src=`, not JSON data) and `<style>` elements. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)]
    .filter(
      (m) =>
        !/\ssrc=/i.test(m[1] ?? '') &&
        !/type="application\/(ld\+)?json"/i.test(m[1] ?? '') &&
        m[2]!.trim() !== '',
    )
    .map((m) => sha256Source(m[2]!));
  const styles = [...html.matchAll(/<style(\s[^>]*)?>([\s\S]*?)<\/style>/gi)].map((m) => sha256Source(m[2]!));
  return { scripts: [...new Set(scripts)], styles: [...new Set(styles)] };
}

/** Adds the page's inline hashes to `script-src` and `style-src` of its CSP meta element. */
export function addInlineHashes(html: string): string {
  const match = cspMeta.exec(html);
  if (!match) return html;
  const { scripts, styles } = inlineHashes(html);
  const policy = match[2]!
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((directive) => {
      const [name, ...sources] = directive.split(/\s+/);
      const extra = name === 'script-src' ? scripts : name === 'style-src' ? styles : [];
      return [name, ...new Set([...sources, ...extra])].join(' ');
    })
    .join('; ');
  return html.replace(cspMeta, (_m, open: string, _p: string, close: string) => `${open}${policy}${close}`);
}
