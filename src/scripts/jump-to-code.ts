/**
 * Progressive enhancement of the home page's jump box. While the reader types or pastes,
 * the entries the text names are listed under the box (paste-candidates.ts). On submit:
 * - text that names one entry without doubt (src/lib/paste.ts, `landingCandidate`) goes there;
 * - text that names several (close code 4014) keeps the list and moves focus to it;
 * - anything else goes to the first result of the site's search, ranked as in the search dialog.
 */
import { cleanPaste, landingCandidate } from '../lib/paste.ts';
import { firstResultUrl } from './pagefind-search.ts';
import { pasteCandidateList } from './paste-candidates.ts';

export function initJumpToCode(root: Document): void {
  const form = root.querySelector<HTMLFormElement>('form[data-jump-to-code]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const box = form?.querySelector<HTMLElement>('[data-paste-candidates]');
  const status = form?.querySelector<HTMLElement>('[data-jump-status]');
  if (!form || !input || !box || !status) return;
  const show = pasteCandidateList(box);

  input.addEventListener('input', () => {
    status.textContent = '';
    void show(input.value);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void jump(cleanPaste(input.value));
  });

  async function jump(text: string): Promise<void> {
    if (text === '') return;
    const candidates = await show(text);
    const landing = landingCandidate(candidates);
    if (landing) return window.location.assign(landing.href);
    if (candidates.length > 0) return box!.querySelector('a')?.focus();
    const url = await firstResultUrl(text).catch(() => undefined);
    if (url) return window.location.assign(url);
    status!.textContent = status!.dataset.nothing ?? '';
  }
}
