import { describe, expect, it } from 'vitest';
import { addInlineHashes, sha256Source } from './csp.ts';

const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

describe('addInlineHashes', () => {
  it('adds the hash of each inline script and style to the policy, and nothing else', () => {
    const html = page(
      "default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self'",
      '<script>a()</script><script type="module" src="/x.js"></script><style>p{}</style>',
    );
    const out = addInlineHashes(html);
    expect(out).toContain(`script-src 'self' 'sha256-abc=' ${sha256Source('a()')}`);
    expect(out).toContain(`style-src 'self' ${sha256Source('p{}')}`);
    expect(out).toContain("default-src 'self'");
  });

  it('does not duplicate a hash Astro already listed', () => {
    const html = page(`script-src 'self' ${sha256Source('a()')}`, '<script>a()</script>');
    expect(addInlineHashes(html).match(/sha256-/g)).toHaveLength(1);
  });

  it('leaves a page without a policy untouched', () => {
    expect(addInlineHashes('<p>x</p>')).toBe('<p>x</p>');
  });
});
