/**
 * The site's search builds on two upstream files (src/integrations/site-search.ts): Starlight's
 * Search component, rendered as is with its Pagefind UI import redirected, and Pagefind UI's
 * bundle, patched. An upgrade that changes either fails here until someone re-checks the
 * override and records the new version and hash in `upstream`.
 */
import { describe, expect, it } from 'vitest';
import {
  oneSearchAtATime,
  setUpOnceParsed,
  siteEngine,
  takeSearchIdFirst,
  upstream,
} from '../../src/integrations/site-search.ts';
import { installed } from '../support/upstream.ts';

const recheck = {
  starlight: [
    'Re-check src/components/SiteSearch.astro and src/scripts/site-search.ts against it:',
    '- its script still imports `@pagefind/default-ui` and constructs `PagefindUI` with the element,',
    '  bundle path and translations (the site-search plugin redirects that import);',
    '- the search button still has an aria-label, a label <span> and a <kbd> shortcut',
    '  (site-search.ts names the button by its label), and the dialog an aria-label;',
    '- its script still sets Pagefind UI up in one DOMContentLoaded listener (the site starts',
    '  its scripts after load and patches that listener to run at once);',
    '- nothing else loads Pagefind UI at idle, and the browser tests (search, axe) pass.',
  ],
  pagefindUi: [
    'Re-check the search-id fix, the one-search-at-a-time patch and the engine import in',
    'src/integrations/site-search.ts',
    '(upstream may have fixed the race or the queue: then drop them) and the options site-search.ts',
    'passes to Pagefind UI.',
  ],
};

describe.each(
  Object.entries(upstream) as [keyof typeof upstream, (typeof upstream)[keyof typeof upstream]][],
)('the %s file the site search was written against', (key, pinned) => {
  it('is the installed one', () => {
    const now = installed(pinned.package, pinned.file);
    const changed =
      now.version === pinned.version && now.sha256 === pinned.sha256
        ? ''
        : [
            `${pinned.package}/${pinned.file} changed: recorded ${pinned.version} (sha256 ${pinned.sha256}),`,
            `installed ${now.version} (sha256 ${now.sha256}).`,
            ...recheck[key],
            'Then record the new version and sha256 in `upstream` (src/integrations/site-search.ts).',
          ].join('\n');
    expect(changed).toBe('');
  });
});

describe("the fix of Pagefind UI's stale results", () => {
  const { text } = installed(upstream.pagefindUi.package, upstream.pagefindUi.file);
  const searchFunction = (code: string): string => {
    const start = code.indexOf('const search = async (term, filters) => {');
    return code.slice(start, code.indexOf('\n  };', start));
  };

  it('makes a search take its id before it waits for the search engine', () => {
    const search = searchFunction(takeSearchIdFirst(text));
    expect(search.indexOf('++search_id')).toBeGreaterThan(0);
    expect(search.indexOf('++search_id')).toBeLessThan(search.indexOf('await waitForApiInit()'));
    // Upstream takes it after waiting: the cause of the race.
    const original = searchFunction(text);
    expect(original.indexOf('++search_id')).toBeGreaterThan(original.indexOf('await waitForApiInit()'));
  });

  it('refuses code it does not recognise', () => {
    expect(() => takeSearchIdFirst(takeSearchIdFirst(text))).toThrow(/found it 0 times/);
  });

  it('sends the engine one search at a time, and only the latest typed once the engine is free', () => {
    const search = searchFunction(oneSearchAtATime(takeSearchIdFirst(text)));
    const waits = search.indexOf('await engine_busy;');
    const givesWay = search.indexOf('if (search_id !== local_search_id) return;');
    const calls = search.indexOf('pagefind.search(term, search_options)');
    expect(waits).toBeGreaterThan(search.indexOf('await waitForApiInit()'));
    expect(givesWay).toBeGreaterThan(waits);
    expect(calls).toBeGreaterThan(givesWay);
    expect(oneSearchAtATime(text)).toContain('let engine_busy = Promise.resolve();');
    expect(() => oneSearchAtATime(oneSearchAtATime(text))).toThrow(
      /engine call of Pagefind UI once, found it 0 times/,
    );
  });
});

describe("Pagefind UI's engine", () => {
  const { text } = installed(upstream.pagefindUi.package, upstream.pagefindUi.file);

  it("is the site's, started by src/scripts/pagefind-search.ts, not one Pagefind UI imports", () => {
    const patched = siteEngine(text);
    expect(patched).not.toContain('pagefind.js`)');
    expect(patched).toContain('imported_pagefind = await startSiteEngine(base_path);');
    expect(patched.split('\n', 1)[0]).toMatch(
      /^import \{ startEngine as startSiteEngine \} from ".*[\\/]src[\\/]scripts[\\/]pagefind-search\.ts";$/,
    );
    expect(() => siteEngine(patched)).toThrow(/engine import of Pagefind UI once, found it 0 times/);
  });
});

describe("Starlight's search script, started after the page has loaded", () => {
  const { text } = installed(upstream.starlight.package, upstream.starlight.file);
  const start = text.indexOf('<script>');
  const script = text.slice(start, text.indexOf('</script>', start));

  /** Runs the patched listener call with a document in `readyState`; returns what happened. */
  const runPatched = (readyState: DocumentReadyState): string[] => {
    const patched = setUpOnceParsed(script);
    // The patched call up to its argument, the listener: `((setUp) => … : setUp())(`.
    const callStart = patched.indexOf('((setUp) =>');
    const callEnd = patched.indexOf('setUp())(', callStart) + 'setUp())('.length;
    const call = patched.slice(callStart, callEnd);
    const happened: string[] = [];
    const window = { addEventListener: (type: string) => happened.push(`listens for ${type}`) };
    new Function('document', 'window', 'setUp', `${call}setUp)`)({ readyState }, window, () =>
      happened.push('sets up'),
    );
    return happened;
  };

  it('sets Pagefind UI up at once when the document is already parsed', () => {
    expect(runPatched('complete')).toEqual(['sets up']);
    expect(runPatched('interactive')).toEqual(['sets up']);
  });

  it('still waits for DOMContentLoaded while the document is being parsed', () => {
    expect(runPatched('loading')).toEqual(['listens for DOMContentLoaded']);
  });

  it('refuses code it does not recognise', () => {
    expect(() => setUpOnceParsed(setUpOnceParsed(script))).toThrow(/found it 0 times/);
  });
});
