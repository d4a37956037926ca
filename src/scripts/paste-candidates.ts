/**
 * The "Recognized:" list that the home page's jump box and the search dialog show above
 * their results: the entries that pasted text names (src/lib/paste.ts). The parser's index
 * for the page's language (/paste-index.json) loads the first time the text holds a clue.
 * The list is built with DOM methods from the index alone: nothing typed or pasted is ever
 * inserted into the page.
 */
import { defaultLocale, localePath, locales } from '../lib/locales.ts';
import type { PasteData } from '../lib/paste-index.ts';
import { hasClue, recognize, type PasteCandidate } from '../lib/paste.ts';

let data: Promise<PasteData | undefined> | undefined;

/** The index of the page's language; `undefined` if it cannot be loaded (then nothing is recognized). */
function pasteData(): Promise<PasteData | undefined> {
  const lang = document.documentElement.lang;
  const locale = locales.find((l) => l === lang) ?? defaultLocale;
  data ??= fetch(localePath(locale, '/paste-index.json'))
    .then((r) => (r.ok ? (r.json() as Promise<PasteData>) : undefined))
    .catch(() => undefined);
  return data;
}

/** Fills the box (a live region that stays in the page, empty and taking no room when there is nothing). */
function render(box: HTMLElement, candidates: readonly PasteCandidate[], heading: string): void {
  if (candidates.length === 0) {
    box.replaceChildren();
    return;
  }
  const title = document.createElement('p');
  title.className = 'paste-candidates-title';
  title.textContent = heading;
  const list = document.createElement('ul');
  for (const c of candidates) {
    const link = document.createElement('a');
    link.href = c.href;
    const label = document.createElement('span');
    label.className = 'paste-candidates-label';
    label.textContent = c.label;
    const table = document.createElement('span');
    table.className = 'paste-candidates-table';
    table.textContent = ` · ${c.tableTitle}`;
    link.append(label, table);
    const item = document.createElement('li');
    item.append(link);
    list.append(item);
  }
  box.replaceChildren(title, list);
}

/**
 * Keeps `box` showing the candidates of the latest text given to the returned function,
 * which resolves to them. Text without a clue empties the box at once, quietly.
 */
export function pasteCandidateList(box: HTMLElement): (text: string) => Promise<readonly PasteCandidate[]> {
  let latest = 0;
  return async (text) => {
    const ticket = ++latest;
    const index = hasClue(text) ? await pasteData() : undefined;
    const candidates = index ? recognize(text, index) : [];
    // A slower, earlier call must not overwrite the list of a later one.
    if (ticket === latest) render(box, candidates, index?.strings.recognized ?? '');
    return candidates;
  };
}
