/**
 * The search results must render once for the final query while someone types: no results
 * for an earlier prefix after the final ones, and no final results that appear, clear and
 * appear again. The page records every change of the result list (a MutationObserver,
 * installed before typing) and every real keystroke; the test reads that log afterwards.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, useContextPerTest } from '../support/browser.ts';

const { context } = useContextPerTest();

/** A real keystroke (the input's value after it), or the result list after a change. */
type LogEntry = { input: string } | { list: number; links: string[] };

const input = '#starlight__search input.pagefind-ui__search-input';

/**
 * Starts recording, in the page, each real keystroke and each change of the result list:
 * which list element is shown (Pagefind UI makes a new one each time it renders results;
 * 0 when none is shown) and the links in it (they fill in as each result's data arrives).
 */
async function startRecording(page: Page): Promise<void> {
  await page.evaluate(() => {
    const log: LogEntry[] = [];
    (window as unknown as { searchLog: LogEntry[] }).searchLog = log;
    // Capture phase on the document: the keystroke is logged before the search UI reacts to it.
    document.addEventListener(
      'input',
      (event) => {
        if (event.isTrusted && event.target instanceof HTMLInputElement)
          log.push({ input: event.target.value });
      },
      true,
    );
    const container = document.querySelector('#starlight__search')!;
    const lists = new WeakMap<Element, number>();
    let rendered = 0;
    let last = '';
    new MutationObserver(() => {
      const ol = container.querySelector('ol.pagefind-ui__results');
      if (ol && !lists.has(ol)) lists.set(ol, (rendered += 1));
      const list = ol ? lists.get(ol)! : 0;
      const links = [...(ol?.querySelectorAll('.pagefind-ui__result-link') ?? [])].map(
        (a) => a.getAttribute('href') ?? '',
      );
      const key = `${list} ${links.join(' ')}`;
      if (key === last) return;
      last = key;
      log.push({ list, links });
    }).observe(container, { childList: true, subtree: true, attributes: true, characterData: true });
  });
}

/**
 * Types the query key by key, waits until the results for it are shown (and a while longer,
 * for anything that would still change them), and returns what went wrong.
 */
async function typeAndSettle(
  page: Page,
  term: string,
  expected: string,
  afterTyping = (): void => {},
): Promise<string[]> {
  // A key every 23 ms: quick typing, spread over Pagefind UI's 50 ms retry timers.
  await page.locator(input).pressSequentially(term, { delay: 23 });
  afterTyping();
  const shown = await page
    .waitForFunction(
      ({ t, url }) => {
        const message = document.querySelector('#starlight__search .pagefind-ui__message')?.textContent ?? '';
        const first =
          document.querySelector('#starlight__search .pagefind-ui__result-link')?.getAttribute('href') ?? '';
        return message.includes(t) && first.startsWith(url);
      },
      { t: term, url: expected },
      { timeout: 20_000, polling: 'raf' },
    )
    .then(
      () => true,
      () => false,
    );
  await page.waitForTimeout(700);
  const { log, links } = await page.evaluate(() => ({
    log: (window as unknown as { searchLog: LogEntry[] }).searchLog.splice(0),
    links: [...document.querySelectorAll('#starlight__search .pagefind-ui__result-link')].map(
      (a) => a.getAttribute('href') ?? '',
    ),
  }));
  const found = problems(log, links);
  if (!shown) found.unshift(`"${term}" did not end on results whose first link starts with ${expected}`);
  return found;
}

/**
 * What went wrong after the last keystroke: results were rendered more than once (results
 * of an earlier prefix, or the final ones cleared and rendered again), a link that is not
 * among the final results appeared, or a link went away after it had appeared.
 */
function problems(log: LogEntry[], final: string[]): string[] {
  const lastKey = log.findLastIndex((e) => 'input' in e);
  if (lastKey < 0) return ['no keystroke was recorded'];
  const isList = (e: LogEntry): e is { list: number; links: string[] } => 'list' in e;
  const after = log.slice(lastKey + 1).filter(isList);
  const found: string[] = [];
  const renders = new Set(after.map((e) => e.list).filter((list) => list !== 0));
  if (renders.size > 1) found.push(`results were rendered ${renders.size} times after the last key`);
  let previous = new Set(log.slice(0, lastKey).filter(isList).at(-1)?.links ?? []);
  const appeared = new Set<string>();
  for (const { links } of after) {
    const now = new Set(links);
    for (const link of now) {
      if (previous.has(link)) continue;
      if (!final.includes(link)) found.push(`${link}, not a final result, appeared after the last key`);
      if (appeared.has(link)) found.push(`${link} appeared again after it had gone (flash)`);
      appeared.add(link);
    }
    for (const link of previous) {
      if (!now.has(link) && appeared.has(link)) found.push(`${link} went away after it had appeared`);
    }
    previous = now;
  }
  if ([...previous].join(' ') !== final.join(' '))
    found.push('the recorded list does not end on the final one');
  if (found.length > 0) found.push(`after the last key: ${JSON.stringify(after)}`);
  return found;
}

describe('search results while typing key by key', () => {
  it.each([
    // Each prefix of a number finds other entries first, so results of an earlier prefix would show.
    ['/', '4004', '/discord/', 'UNAVAILABLE', '/grpc/status-codes/#unavailable'],
    [
      '/es/',
      '50035',
      '/es/discord/json-error-codes/#50035',
      'PERMISSION_DENIED',
      '/es/grpc/status-codes/#permission-denied',
    ],
  ])(
    'on %s, cold ("%s", typed while the search engine loads) and warm, render once for the final query',
    async (path, coldTerm, coldExpected, warmTerm, warmExpected) => {
      const { page, errors } = await openPage(context(), path);
      // A slow network: the search engine arrives only after the last key.
      const typed = Promise.withResolvers<void>();
      await page.route('**/pagefind/pagefind.js', async (route) => {
        await typed.promise;
        await route.continue();
      });
      await page.waitForSelector('site-search button[data-open-modal]:not([disabled])');
      await page.click('site-search button[data-open-modal]');
      await page.locator(input).waitFor();
      await startRecording(page);
      expect(await typeAndSettle(page, coldTerm, coldExpected, typed.resolve)).toEqual([]);

      await page.locator(input).fill('');
      await page.waitForFunction(
        () => document.querySelectorAll('#starlight__search .pagefind-ui__result-link').length === 0,
      );
      expect(await typeAndSettle(page, warmTerm, warmExpected)).toEqual([]);
      expect(errors).toEqual([]);
    },
  );

  it('the check itself catches a flash and stale results', () => {
    const final = ['/a/', '/b/'];
    const a = { list: 1, links: ['/a/'] };
    const ab = { list: 1, links: final };
    expect(problems([{ input: 'x' }, { list: 0, links: [] }, a, ab], final)).toEqual([]);
    // Results of an earlier prefix shown before the last keystroke, then cleared: fine.
    const before = { list: 1, links: ['/z/'] };
    expect(
      problems([before, { input: 'x' }, { list: 0, links: [] }, { list: 2, links: final }], final),
    ).toEqual([]);
    // The final results cleared and rendered again.
    const again = problems([{ input: 'x' }, ab, { list: 0, links: [] }, { list: 2, links: final }], final);
    expect(again).toContain('results were rendered 2 times after the last key');
    expect(again).toContain('/a/ appeared again after it had gone (flash)');
    // Results of an earlier prefix rendered after the last keystroke, before or after the final ones.
    expect(
      problems([{ input: 'x' }, { list: 1, links: ['/z/'] }, { list: 2, links: final }], final),
    ).toContain('/z/, not a final result, appeared after the last key');
    expect(problems([{ input: 'x' }, ab, { list: 2, links: ['/z/'] }], ['/z/'])).not.toEqual([]);
    // A render whose links had not loaded yet still counts.
    expect(
      problems(
        [{ input: 'x' }, { list: 1, links: [] }, { list: 0, links: [] }, { list: 2, links: final }],
        final,
      ),
    ).toContain('results were rendered 2 times after the last key');
  });
});
