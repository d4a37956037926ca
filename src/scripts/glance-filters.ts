/**
 * The filter chips of a table page (GlanceFilters.astro). Pressing one shows only the
 * glance rows and entries whose `data-filter` lists its id (and hides the ranges, of the
 * glance tables and of the entries, left empty), says how many remain in a live region, and
 * puts the choice in the URL (`?filter=no-reconnect`, next to any other parameter and the
 * `#anchor`) so a filtered page can be shared. Nothing runs over the entries until a filter
 * is chosen: the long tables load as fast as without filters.
 */
const param = 'filter';

/** Whether an element's `data-filter` (space-separated ids) lists `id`; every element matches `''`. */
export function matchesFilter(dataFilter: string | undefined, id: string): boolean {
  return id === '' || (dataFilter ?? '').split(' ').includes(id);
}

/** The URL with `filter` set to `id`, or removed for `''`; the rest of the URL unchanged. */
export function urlWithFilter(href: string, id: string): string {
  const url = new URL(href);
  if (id) url.searchParams.set(param, id);
  else url.searchParams.delete(param);
  return url.href;
}

/**
 * A glance table's rows, one per entry: not the sizer row of a range's table (aria-hidden),
 * which keeps the columns in line.
 */
const glanceRows = '.glance-table tbody tr:not([aria-hidden="true"])';

export function initGlanceFilters(root: Document): void {
  const bar = root.querySelector<HTMLElement>('[data-glance-filters]');
  if (!bar) return;
  const chips = [...bar.querySelectorAll<HTMLButtonElement>('button[data-filter-id]')];
  const count = bar.querySelector<HTMLElement>('.glance-count');
  const known = new Set(chips.map((c) => c.dataset.filterId ?? ''));
  let current = '';

  /** Under a filter, hides each of `groups` (a range of glance rows or of entries) with no `items` shown. */
  const hideEmpty = (groups: string, items: string, id: string): void => {
    for (const group of root.querySelectorAll<HTMLElement>(groups)) {
      group.hidden = id !== '' && !group.querySelector(`${items}:not([hidden])`);
    }
  };

  const apply = (id: string): void => {
    current = id;
    for (const chip of chips) chip.setAttribute('aria-pressed', String(chip.dataset.filterId === id));
    for (const row of root.querySelectorAll<HTMLElement>(glanceRows)) {
      row.hidden = !matchesFilter(row.dataset.filter, id);
    }
    const entries = [...root.querySelectorAll<HTMLElement>('.entries .entry')];
    let shown = 0;
    for (const entry of entries) {
      entry.hidden = !matchesFilter(entry.dataset.filter, id);
      if (!entry.hidden) shown += 1;
    }
    hideEmpty('.glance-range', glanceRows, id);
    hideEmpty('.entries .entry-group', '.entry', id);
    if (count) {
      count.textContent = (count.dataset.template ?? '')
        .replace('{shown}', String(shown))
        .replace('{total}', String(entries.length));
    }
    history.replaceState(history.state, '', urlWithFilter(location.href, id));
  };

  /**
   * A link to an entry the filter hides (the URL's #anchor, a link on the page) wins:
   * every entry shows again. The browser could not scroll to it while it was hidden.
   */
  const revealTarget = (scroll: boolean): void => {
    const id = decodeURIComponent(location.hash.slice(1));
    const target = id ? root.getElementById(id) : null;
    if (current === '' || !target?.closest('[hidden]')) return;
    apply('');
    if (scroll) target.scrollIntoView();
  };

  bar.addEventListener('click', (event) => {
    const chip = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-filter-id]');
    if (!chip) return;
    const id = chip.dataset.filterId ?? '';
    // Pressing the chip that is on turns it off.
    apply(id === current ? '' : id);
  });
  window.addEventListener('hashchange', () => revealTarget(true));

  const initial = new URLSearchParams(location.search).get(param) ?? '';
  if (initial !== '' && known.has(initial)) {
    apply(initial);
    // In the same task: if it hid the target, nothing was drawn hidden in between.
    revealTarget(false);
  }
}
