/**
 * Where the time of one search goes, from the last keystroke to the correct result on
 * screen. The bench serves the page a thin wrapper in place of Pagefind's `pagefind.js`
 * (`wrapperModule`, which re-exports the real module and times its `search` and each
 * result's `data()`), and `breakdown` splits the time of a query into phases:
 * - `ui`: from the keystroke to the search engine being called (the search UI's own work,
 *   and on a cold page its wait for the engine's script to load);
 * - `engine`: the engine's search (in its web worker: index chunks, WebAssembly);
 * - `fragment`: from the engine's answer to the correct result's data (the UI lays out its
 *   result list, then fetches and decodes each shown result's fragment file);
 * - `render`: from that data to the correct result in the DOM.
 * Nothing of this ships with the site: the wrapper exists only in the bench's browser.
 */

/** The path of the module the wrapper stands in for; the real one is fetched with `?real`. */
export const pagefindModulePath = '/pagefind/pagefind.js';

/** An ES module that re-exports Pagefind and records the timing of each search in `window.__pagefindTimings`. */
export const wrapperModule = `
import * as real from './pagefind.js?real';
export * from './pagefind.js?real';
const log = (globalThis.__pagefindTimings ??= []);
export async function search(term, options) {
  const record = { term, start: performance.now(), end: 0, data: [] };
  log.push(record);
  const response = await real.search(term, options);
  record.end = performance.now();
  if (!response || !Array.isArray(response.results)) return response;
  return {
    ...response,
    results: response.results.map((result) => ({
      ...result,
      data: async () => {
        const start = performance.now();
        const data = await result.data();
        record.data.push({ url: data.url, start, end: performance.now() });
        return data;
      },
    })),
  };
}
`;

export interface SearchRecord {
  readonly term: string;
  readonly start: number;
  readonly end: number;
  readonly data: readonly { readonly url: string; readonly start: number; readonly end: number }[];
}

export type Phase = 'ui' | 'engine' | 'fragment' | 'render';
export const phases: readonly Phase[] = ['ui', 'engine', 'fragment', 'render'];

/**
 * The phases of one query: `t0` the last keystroke, `t1` the correct result in the DOM,
 * `records` every search the page made, `expect` the correct result's URL. `null` when
 * the engine was not called for the final term after `t0` (e.g. the UI served it otherwise).
 */
export function breakdown(
  t0: number,
  t1: number,
  term: string,
  expect: RegExp,
  records: readonly SearchRecord[],
): Record<Phase, number> | null {
  const search = records.filter((r) => r.term === term && r.start >= t0).at(-1);
  if (!search || search.end === 0) return null;
  const data = search.data.find((d) => expect.test(d.url));
  if (!data) return null;
  return {
    ui: search.start - t0,
    engine: search.end - search.start,
    fragment: data.end - search.end,
    render: t1 - data.end,
  };
}
