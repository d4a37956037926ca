/**
 * Pagefind's search engine for scripts other than the search dialog (the home page's jump
 * box), with the dialog's ranking (src/lib/search-config.ts), so both put the same entry
 * first. Pagefind UI loads the same module, so the engine is shared.
 */
import { searchRanking } from '../lib/search-config.ts';

interface Pagefind {
  options(options: object): Promise<void>;
  search(term: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
}

let engine: Promise<Pagefind> | undefined;

function pagefind(): Promise<Pagefind> {
  engine ??= (async () => {
    const bundle = `${import.meta.env.BASE_URL.replace(/\/$/, '')}/pagefind/pagefind.js`;
    const module = (await import(/* @vite-ignore */ bundle)) as Pagefind;
    await module.options({ ranking: searchRanking });
    return module;
  })();
  return engine;
}

/** The URL of the first result for `term` (an entry's anchor), or `undefined` when nothing matches. */
export async function firstResultUrl(term: string): Promise<string | undefined> {
  const { results } = await (await pagefind()).search(term);
  return (await results[0]?.data())?.url;
}
