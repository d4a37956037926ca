/**
 * Copy-link controls: clicking an entry's heading link copies its absolute URL,
 * keeps the browser's own `#anchor` navigation (so the entry is highlighted),
 * switches the visible label to "Link copied" and announces it.
 */
export function initCopyLinks(root: Document): void {
  const copied = root.getElementById('copy-link-copied')?.textContent ?? '';
  const status = root.getElementById('copy-link-status');
  root.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a.entry-link');
    if (!link) return;
    const url = new URL(link.getAttribute('href') ?? '', root.location.href).href;
    void navigator.clipboard?.writeText(url).then(
      () => {
        link.classList.add('is-copied');
        if (status) status.textContent = copied;
        setTimeout(() => {
          link.classList.remove('is-copied');
          if (status) status.textContent = '';
        }, 2000);
      },
      () => undefined,
    );
  });
}
