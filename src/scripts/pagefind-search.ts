/**
 * Pagefind's search engine, started once per page with the site's settings
 * (src/lib/search-config.ts), for the search dialog (site-search.ts) and the home page's
 * jump box, so both share one engine and put the same entry first.
 *
 * The engine runs on the page's main thread, not in Pagefind's web worker. A search takes the
 * engine 1 to 5 ms once the index chunks of its words are loaded, but while someone types,
 * Chromium delivers the worker's answer to the page about 50 ms after the worker sends it
 * (measured in the bench's browser: the page's main thread sits idle meanwhile), so every
 * keystroke's results waited ten times longer than the search. On the main thread the same
 * search answers in the time it takes; loading a chunk the first time a word needs it
 * (20 to 60 ms) is the only longer task, and it happens while the reader types, never at load.
 */
import { searchRanking } from '../lib/search-config.ts';

/** What the site uses of Pagefind's JavaScript API (pagefind.js). */
interface Pagefind {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
}

let engine: Promise<Pagefind> | undefined;

/** The bundle's folder: Starlight's Pagefind UI loads `pagefind.js` from here too. */
const defaultBundlePath = `${import.meta.env.BASE_URL.replace(/\/$/, '')}/pagefind/`;

/**
 * Imports and starts the engine, once per page. Pagefind UI gets it from here too (the
 * site-search plugin, src/integrations/site-search.ts, points its import of Pagefind here),
 * and its own `options` call (ranking, excerpt length) then only updates it: `noWorker`
 * counts only when the engine starts.
 */
export function startEngine(bundlePath: string = defaultBundlePath): Promise<Pagefind> {
  engine ??= (async () => {
    const loading = import(/* @vite-ignore */ `${bundlePath}pagefind.js`) as Promise<Pagefind>;
    warmTextSegmentation();
    const module = await loading;
    const configured = module.options({ noWorker: true, ranking: searchRanking });
    await Promise.all([configured, module.init()]);
    return module;
  })();
  return engine;
}

/**
 * Pagefind splits every query into graphemes with `Intl.Segmenter`, and the first segmenter
 * a page creates costs 25 to 50 ms (Chromium loads its text-breaking rules then; later ones
 * take 0.1 ms). Unwarmed, that cost falls on the first search, after the reader's last
 * keystroke. Paid here, it runs while the engine's files are still on their way.
 */
function warmTextSegmentation(): void {
  if (typeof Intl.Segmenter !== 'function') return;
  const language = document.documentElement.lang || undefined;
  new Intl.Segmenter(language, { granularity: 'grapheme' }).segment('a').containing(0);
}

/** The URL of the first result for `term` (an entry's anchor), or `undefined` when nothing matches. */
export async function firstResultUrl(term: string): Promise<string | undefined> {
  const { results } = await (await startEngine()).search(term);
  return (await results[0]?.data())?.url;
}
