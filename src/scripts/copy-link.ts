/**
 * Copy-link controls: clicking an entry's link copies its absolute URL, keeps
 * the browser's own `#anchor` navigation (so the entry is highlighted), and
 * announces "Link copied" through a live region.
 */
export function initCopyLinks(root: Document): void {
  root.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a.copy-link');
    if (!link) return;
    const url = new URL(link.getAttribute('href') ?? '', root.location.href).href;
    const status = link.querySelector('.copy-link-status');
    void navigator.clipboard?.writeText(url).then(
      () => {
        if (status) status.textContent = link.dataset['copiedLabel'] ?? '';
        link.classList.add('is-copied');
        setTimeout(() => {
          if (status) status.textContent = '';
          link.classList.remove('is-copied');
        }, 2000);
      },
      () => undefined,
    );
  });
}
