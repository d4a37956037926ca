/**
 * Progressive enhancement of the home page's jump box: search the Pagefind
 * index of the page's language and go to the first result's entry anchor.
 */
interface PagefindSubResult {
  url: string;
}
interface PagefindData {
  url: string;
  sub_results?: PagefindSubResult[];
}
interface PagefindResult {
  data(): Promise<PagefindData>;
}
interface Pagefind {
  search(term: string): Promise<{ results: PagefindResult[] }>;
}

export function initJumpToCode(root: Document): void {
  const form = root.querySelector<HTMLFormElement>('form[data-jump-to-code]');
  if (!form) return;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const term = new FormData(form).get('q')?.toString().trim() ?? '';
    if (term === '') return;
    void jump(term);
  });
}

async function jump(term: string): Promise<void> {
  const bundle = `${import.meta.env.BASE_URL.replace(/\/$/, '')}/pagefind/pagefind.js`;
  const pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
  const { results } = await pagefind.search(term);
  const first = await results[0]?.data();
  const target = first?.sub_results?.[0]?.url ?? first?.url;
  if (target) window.location.assign(target);
}
