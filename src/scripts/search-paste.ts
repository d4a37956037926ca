/**
 * Pasted text in the search dialog, and links to a search. Written against the public
 * markup of Starlight's search as the site renders it (src/components/SiteSearch.astro):
 * the `site-search` element, its `button[data-open-modal]`, and Pagefind UI's input inside
 * its form. It does not reach into their scripts, so it works whichever of them builds it.
 * - On every change of the dialog's input, the "Recognized:" list (paste-candidates.ts)
 *   sits between the input and Pagefind's results; Pagefind's own search runs as usual.
 * - The input takes at most MAX_PASTE_LENGTH characters, so a huge paste is cut by the browser.
 * - `?q=…` in the page's URL (a shared link, the OpenSearch template) opens the dialog with
 *   that query, and so its results.
 */
import { cleanPaste, MAX_PASTE_LENGTH } from '../lib/paste.ts';
import { pasteCandidateList } from './paste-candidates.ts';

const pagefindInput = 'input.pagefind-ui__search-input';

export function initSearchPaste(root: Document): void {
  const search = root.querySelector<HTMLElement>('site-search');
  if (!search) return;

  const box = root.createElement('div');
  box.className = 'paste-candidates';
  box.setAttribute('aria-live', 'polite');
  const show = pasteCandidateList(box);

  search.addEventListener('focusin', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.matches(pagefindInput)) {
      event.target.maxLength = MAX_PASTE_LENGTH;
    }
  });
  search.addEventListener('input', (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || !input.matches(pagefindInput)) return;
    // Between Pagefind's input and its results (the drawer), inside its form.
    const drawer = input.form?.querySelector(':scope > .pagefind-ui__drawer');
    if (drawer && box.nextElementSibling !== drawer) drawer.before(box);
    void show(input.value);
  });

  const query = cleanPaste(new URL(window.location.href).searchParams.get('q') ?? '');
  if (query !== '') void openWith(search, query);
}

/** Opens the dialog as a click on its button does, then types `query` into Pagefind's input. */
async function openWith(search: HTMLElement, query: string): Promise<void> {
  const button = await present(search, () =>
    search.querySelector<HTMLButtonElement>('button[data-open-modal]:not([disabled])'),
  );
  button.click();
  const input = await present(search, () => search.querySelector<HTMLInputElement>(pagefindInput));
  input.maxLength = MAX_PASTE_LENGTH;
  input.value = query;
  // Pagefind UI searches on the input event, like a keystroke.
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Resolves with `find()` once it finds something under `root`: the search UI is built after load. */
function present<T>(root: HTMLElement, find: () => T | null): Promise<T> {
  return new Promise((resolve) => {
    const found = find();
    if (found) return resolve(found);
    const observer = new MutationObserver(() => {
      const now = find();
      if (!now) return;
      observer.disconnect();
      resolve(now);
    });
    observer.observe(root, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['disabled'],
    });
  });
}
