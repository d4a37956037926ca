import { describe, expect, it } from 'vitest';
import { lowerScriptPriority } from './script-priority.ts';

describe('lowerScriptPriority', () => {
  it('marks external module scripts low priority', () => {
    expect(lowerScriptPriority('<script type="module" src="/_astro/a.js"></script>')).toBe(
      '<script type="module" src="/_astro/a.js" fetchpriority="low"></script>',
    );
  });

  it('handles every script of a page, whatever the attribute order', () => {
    const html =
      '<script src="/a.js" type="module"></script><p>x</p><script type="module" src="/b.js"></script>';
    expect(lowerScriptPriority(html).match(/fetchpriority="low"/g)).toHaveLength(2);
  });

  it('leaves inline, classic and already prioritized scripts alone', () => {
    const untouched = [
      '<script type="module">import "/a.js";</script>',
      '<script src="/classic.js"></script>',
      '<script type="module" src="/a.js" fetchpriority="high"></script>',
      '<script type="application/ld+json">{"src": "x"}</script>',
    ];
    for (const html of untouched) expect(lowerScriptPriority(html)).toBe(html);
  });

  it('is idempotent', () => {
    const once = lowerScriptPriority('<script type="module" src="/a.js"></script>');
    expect(lowerScriptPriority(once)).toBe(once);
  });
});
