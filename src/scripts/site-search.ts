/**
 * The client side of SiteSearch.astro. Starlight's search script keeps the button, the dialog
 * and the shortcuts; at idle it imports `@pagefind/default-ui` and constructs `PagefindUI`.
 * The site-search plugin (src/integrations/site-search.ts) resolves that import to this
 * module, so Starlight constructs the `PagefindUI` below, which only records its options.
 * `initSiteSearch` then:
 * - loads the real Pagefind UI (about 25 KB gzip) when someone is about to search, not with
 *   every page: on pointing at, focusing or touching the button, or when the dialog opens;
 * - starts the search engine at the same moment (its script, the WebAssembly and the index
 *   metadata; on the page's main thread, see pagefind-search.ts), where Pagefind UI would
 *   only import it once the input has focus and poll for it every 50 ms from the first
 *   keystroke;
 * - builds it with the site's settings (src/lib/search-config.ts: ranking, no debounce), one
 *   result per entry (each search record is one entry, so no sub-results);
 * - gives Pagefind's input a label (axe: label-title-only) and names the button by its
 *   visible label (axe: label-content-name-mismatch);
 * - when the dialog opens before Pagefind UI is built (Ctrl+K on a fresh page), shows a plain
 *   search box at once, so that what is typed or pasted right away is not lost, and hands its
 *   text to Pagefind's input when that appears.
 */
import { searchUiOptions } from '../lib/search-config.ts';
import { startEngine } from './pagefind-search.ts';

/** What Starlight passes to Pagefind UI: element, bundle path, base URL, translations… */
type UiOptions = Record<string, unknown>;

const starlight = Promise.withResolvers<UiOptions>();

/** Constructed by Starlight's search script in place of Pagefind UI: keeps its options. */
export class PagefindUI {
  constructor(options: UiOptions) {
    starlight.resolve(options);
  }
}

export function initSiteSearch(root: ParentNode): void {
  const search = root.querySelector('site-search');
  const button = search?.querySelector<HTMLButtonElement>('button[data-open-modal]');
  const dialog = search?.querySelector('dialog');
  if (!search || !button || !dialog) return;
  nameByVisibleLabel(button);
  const box: SearchBox = { built: false };
  let loading: Promise<void> | undefined;
  const load = (): void => {
    loading ??= loadUi(search, dialog, box);
  };
  for (const type of ['pointerenter', 'focus', 'touchstart'] as const) {
    button.addEventListener(type, load, { once: true, passive: true });
  }
  // Ctrl+K (or ⌘K) opens the dialog without touching the button.
  new MutationObserver(() => {
    if (!dialog.open) return;
    load();
    if (box.built) return;
    box.standIn ??= standInInput(search, dialog);
    box.standIn?.focus();
  }).observe(dialog, { attributeFilter: ['open'] });
}

/** Whether Pagefind UI has built its input, and the plain one standing in for it until then. */
interface SearchBox {
  built: boolean;
  standIn?: HTMLInputElement | undefined;
}

/** A plain search box where Pagefind UI will build its own (SiteSearch.astro styles it alike). */
function standInInput(search: Element, dialog: HTMLDialogElement): HTMLInputElement | undefined {
  const container = search.querySelector('#starlight__search');
  if (!container) return undefined;
  const input = document.createElement('input');
  input.type = 'text';
  input.className = 'site-search-stand-in';
  input.autocomplete = 'off';
  input.setAttribute('aria-label', dialog.getAttribute('aria-label') ?? '');
  container.prepend(input);
  return input;
}

/** Moves what was typed in the stand-in box to Pagefind's input, caret and focus included. */
function handOver(standIn: HTMLInputElement, input: HTMLInputElement): void {
  const { value, selectionStart, selectionEnd } = standIn;
  const focused = document.activeElement === standIn;
  standIn.remove();
  if (value !== '') {
    input.value = value;
    // Pagefind UI reads its input on `input` events, as when someone types.
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
  if (focused) {
    input.focus();
    input.setSelectionRange(selectionStart, selectionEnd);
  }
}

async function loadUi(search: Element, dialog: HTMLDialogElement, box: SearchBox): Promise<void> {
  // @ts-expect-error: @pagefind/default-ui ships no types.
  const ui = import('@pagefind/default-ui') as Promise<{ PagefindUI: new (options: UiOptions) => unknown }>;
  // Not awaited: the input appears at once, even while the engine's script is still loading.
  // If the engine fails to load, Pagefind UI reports it as it would.
  void starlight.promise.then((options) => startEngine(String(options['bundlePath']))).catch(() => undefined);
  const [{ PagefindUI: Ui }, options] = await Promise.all([ui, starlight.promise]);
  new Ui({ ...options, ...searchUiOptions, showSubResults: false });
  const input = search.querySelector<HTMLInputElement>('input.pagefind-ui__search-input');
  if (!input) return;
  // Pagefind names its input only by a placeholder and a title of the same text.
  input.setAttribute('aria-label', dialog.getAttribute('aria-label') ?? '');
  input.removeAttribute('title');
  box.built = true;
  if (box.standIn) handOver(box.standIn, input);
  // Starlight focuses the input when the dialog opens; the first time, the input appears only now.
  else if (dialog.open) input.focus();
  box.standIn = undefined;
}

/**
 * Starlight names the button with aria-label while its visible text is the label and the
 * Ctrl K shortcut. Name it by its label instead (SiteSearch.astro keeps the label for screen
 * readers on small screens, where Starlight hides it) and hide the shortcut from assistive
 * technology: aria-keyshortcuts announces it.
 */
function nameByVisibleLabel(button: HTMLButtonElement): void {
  const label = button.querySelector(':scope > span');
  if (!label) return;
  button.removeAttribute('aria-label');
  label.removeAttribute('aria-hidden');
  label.classList.add('site-search-label');
  button.querySelector(':scope > kbd')?.setAttribute('aria-hidden', 'true');
}
