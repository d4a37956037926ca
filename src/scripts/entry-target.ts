/**
 * Keeps a linked entry in view. Entries off screen skip layout until they come
 * near (content-visibility), so after the browser scrolls to a deep-linked
 * entry, the entries just above it get laid out, change height and push it
 * away. For a second after the page loads, put it back whenever it moves,
 * unless the reader has started scrolling.
 */
export function keepTargetInView(root: Document): void {
  const id = decodeURIComponent(root.location.hash.slice(1));
  const target = id ? root.getElementById(id) : null;
  if (!target) return;
  let userScrolled = false;
  const onUser = () => (userScrolled = true);
  for (const type of ['wheel', 'touchstart', 'keydown', 'mousedown'] as const) {
    root.addEventListener(type, onUser, { once: true, passive: true });
  }
  const start = (): void => {
    const until = performance.now() + 1000;
    // Where scrollIntoView puts it: below the header (Starlight's scroll-padding) plus its own margin.
    const wanted =
      (parseFloat(getComputedStyle(root.documentElement).scrollPaddingTop) || 0) +
      (parseFloat(getComputedStyle(target).scrollMarginTop) || 0);
    const check = (): void => {
      if (userScrolled || performance.now() > until) return;
      if (Math.abs(target.getBoundingClientRect().top - wanted) > 2)
        target.scrollIntoView({ block: 'start' });
      requestAnimationFrame(check);
    };
    check();
  };
  if (root.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
