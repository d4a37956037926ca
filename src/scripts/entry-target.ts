/**
 * Keeps a linked entry in view. Entries off screen skip layout until they come
 * near (content-visibility), so after the browser scrolls to a linked entry (on
 * load, or from a link on the page such as a glance row), the entries just above
 * it get laid out, change height and push it away, and as it moves, the next
 * ones near it. Until it has stayed put for half a second (at most three seconds
 * after the jump), put it back whenever it moves, unless the reader has started
 * scrolling.
 */
export function keepTargetInView(root: Document): void {
  let following: AbortController | undefined;
  const follow = (): void => {
    following?.abort();
    const id = decodeURIComponent(root.location.hash.slice(1));
    const target = id ? root.getElementById(id) : null;
    if (!target) return;
    const done = new AbortController();
    following = done;
    for (const type of ['wheel', 'touchstart', 'keydown', 'mousedown'] as const) {
      root.addEventListener(type, () => done.abort(), { once: true, passive: true, signal: done.signal });
    }
    const start = performance.now();
    let still = start;
    // Where scrollIntoView puts it: below the header (Starlight's scroll-padding) plus its own margin.
    const wanted =
      (parseFloat(getComputedStyle(root.documentElement).scrollPaddingTop) || 0) +
      (parseFloat(getComputedStyle(target).scrollMarginTop) || 0);
    const check = (): void => {
      if (done.signal.aborted) return;
      const now = performance.now();
      if (now - still > 500 || now - start > 3000) return done.abort();
      if (Math.abs(target.getBoundingClientRect().top - wanted) > 2) {
        target.scrollIntoView({ block: 'start' });
        still = now;
      }
      requestAnimationFrame(check);
    };
    check();
  };
  if (root.readyState === 'complete') follow();
  else window.addEventListener('load', follow, { once: true });
  window.addEventListener('hashchange', follow);
}
