import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { firstResultLink, openPage, searchFor, targetState, useContextPerTest } from '../support/browser.ts';

const { browser, context } = useContextPerTest();

const goError = 'rpc error: code = Unavailable desc = connection refused';

/** The links of a "Recognized:" list, once it has `count` of them: `href label · table`. */
async function recognized(page: Page, scope: string, count: number): Promise<string[]> {
  await page.waitForFunction(
    ([s, n]) => document.querySelectorAll(`${s} .paste-candidates a`).length === n,
    [scope, count] as const,
    { polling: 'raf', timeout: 10_000 },
  );
  return page.$$eval(`${scope} .paste-candidates a`, (links) =>
    links.map((a) => `${a.getAttribute('href')} ${a.textContent}`),
  );
}

/** Opens the search dialog and types (pastes) `text`; Pagefind alone may find nothing for a pasted line. */
async function openSearch(page: Page, text: string): Promise<void> {
  await page.waitForSelector('site-search button[data-open-modal]:not([disabled])');
  await page.click('site-search button[data-open-modal]');
  await page.fill('#starlight__search input.pagefind-ui__search-input', text);
}

/** Records what hostile input must never cause: a script of its own that runs (`alert`). */
function alerts(page: Page): string[] {
  const said: string[] = [];
  page.on('dialog', (dialog) => {
    said.push(dialog.message());
    void dialog.dismiss();
  });
  return said;
}

/** Elements that could only have come from markup in the input. */
const injectedMarkup = (page: Page): Promise<number> =>
  page.$$eval(
    '.paste-candidates :is(img, script, b), #starlight__search :is(img, b)',
    (found) => found.length,
  );

describe("the home page's jump box", () => {
  it('lands on the entry a pasted Go error names', async () => {
    const { page, errors } = await openPage(context(), '/');
    await page.fill('#jump-code', goError);
    await page.press('#jump-code', 'Enter');
    await page.waitForURL(/\/grpc\/status-codes\/#unavailable$/);
    expect(await targetState(page)).toEqual({ id: 'unavailable', inView: true, outline: 'solid' });
    expect(errors).toEqual([]);
  });

  it('lists every table a pasted close code belongs to, and lets the reader choose', async () => {
    const { page, errors } = await openPage(context(), '/');
    await page.fill('#jump-code', 'WebSocket closed with code 4014');
    expect(await recognized(page, 'form[data-jump-to-code]', 3)).toEqual([
      '/discord/gateway-close-codes/#4014 4014 Disallowed intent(s) · Discord Gateway close codes',
      expect.stringMatching(/^\/discord\/voice-close-codes\/#4014 4014 .+ · Discord Voice close codes$/),
      '/websocket/close-codes/#range-4000-4999 4000–4999 Private use · WebSocket close codes',
    ]);
    await page.press('#jump-code', 'Enter');
    // Not guessed: the page stays, and focus moves to the first choice.
    await page.waitForFunction(() => document.activeElement?.closest('.paste-candidates') !== null, null, {
      polling: 'raf',
    });
    expect(new URL(page.url()).pathname).toBe('/');
    expect(errors).toEqual([]);
  });

  it('ranks a plain query as the search dialog does', async () => {
    const { page, errors } = await openPage(context(), '/es/');
    await page.fill('#jump-code', 'PERMISSION_DENIED');
    await page.press('#jump-code', 'Enter');
    await page.waitForURL(/\/es\/grpc\/status-codes\/#permission-denied$/);
    expect(errors).toEqual([]);
  });

  it('says calmly when hostile text names nothing, and runs nothing of it', async () => {
    const { page, errors } = await openPage(context(), '/');
    const said = alerts(page);
    await page.fill('#jump-code', '<script>alert(1)</script>\u0000\u202E');
    await page.press('#jump-code', 'Enter');
    await page.waitForFunction(() => document.querySelector('[data-jump-status]')?.textContent !== '', null, {
      polling: 'raf',
    });
    expect(await page.textContent('[data-jump-status]')).toBe(
      'No code recognized, and search found nothing for that text.',
    );
    expect(await page.$$eval('.paste-candidates a', (a) => a.length)).toBe(0);
    expect(await injectedMarkup(page)).toBe(0);
    expect(said).toEqual([]);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(errors).toEqual([]);
  });

  it('takes at most 4 KB of a huge paste', async () => {
    const { page, errors } = await openPage(context(), '/');
    await page.fill('#jump-code', 'x'.repeat(20_000));
    expect(await page.$eval('#jump-code', (i) => (i as HTMLInputElement).value.length)).toBe(4096);
    expect(errors).toEqual([]);
  });
});

describe('the search dialog', () => {
  it('shows what a pasted Go error names above the results, and the link lands on the entry', async () => {
    const { page, errors } = await openPage(context(), '/');
    await openSearch(page, goError);
    expect(await recognized(page, '#starlight__search', 1)).toEqual([
      '/grpc/status-codes/#unavailable 14 UNAVAILABLE · gRPC status codes',
    ]);
    // Between Pagefind's input and its results.
    expect(
      await page.$eval('#starlight__search .paste-candidates', (box) =>
        box.nextElementSibling?.classList.contains('pagefind-ui__drawer'),
      ),
    ).toBe(true);
    await page.click('#starlight__search .paste-candidates a');
    await page.waitForURL(/\/grpc\/status-codes\/#unavailable$/);
    expect(await targetState(page)).toEqual({ id: 'unavailable', inView: true, outline: 'solid' });
    expect(errors).toEqual([]);
  });

  it('does not say «No results» under an entry it recognized, and says it when it recognized nothing', async () => {
    const { page, errors } = await openPage(context(), '/');
    const message = '#starlight__search .pagefind-ui__message';
    const messageSays = (text: RegExp) =>
      page.waitForFunction(
        ([selector, source]) => new RegExp(source).test(document.querySelector(selector)?.textContent ?? ''),
        [message, text.source] as const,
        { polling: 'raf', timeout: 10_000 },
      );
    await openSearch(page, 'rpc error: code = DeadlineExceeded desc = context deadline exceeded');
    expect(await recognized(page, '#starlight__search', 1)).toEqual([
      '/grpc/status-codes/#deadline-exceeded 4 DEADLINE_EXCEEDED · gRPC status codes',
    ]);
    await messageSays(/^No results for rpc error/);
    expect(await page.isVisible(message)).toBe(false);
    // Recognized, and found by Pagefind too: the count of results stays above them.
    await page.fill('#starlight__search input.pagefind-ui__search-input', 'close code 4014');
    await recognized(page, '#starlight__search', 3);
    await messageSays(/^\d+ results? for close code 4014$/);
    expect(await page.isVisible(message)).toBe(true);
    // Nothing recognized, nothing found: Pagefind says so.
    await page.fill('#starlight__search input.pagefind-ui__search-input', 'qwxzvk');
    await recognized(page, '#starlight__search', 0);
    await messageSays(/^No results for qwxzvk$/);
    expect(await page.isVisible(message)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('says nothing for text it does not recognize, and searches as usual', async () => {
    const { page, errors } = await openPage(context(), '/');
    await openSearch(page, 'close code 4014');
    await recognized(page, '#starlight__search', 3);
    const first = await searchFor(page, '4014');
    expect(first).toMatch(/\/discord\/(gateway|voice)-close-codes\/#4014$/);
    expect(await recognized(page, '#starlight__search', 0)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('a link to a search (?q=)', () => {
  it('/?q=4014 opens search with the query and its results', async () => {
    const { page, errors } = await openPage(context(), '/?q=4014');
    await page.waitForSelector('site-search dialog[open]');
    await page.waitForSelector(firstResultLink);
    expect(await page.inputValue('#starlight__search input.pagefind-ui__search-input')).toBe('4014');
    expect(await page.getAttribute(firstResultLink, 'href')).toMatch(
      /^\/discord\/(gateway|voice)-close-codes\/#4014$/,
    );
    expect(errors).toEqual([]);
  });

  it('/es/?q=… opens the Spanish search, with Spanish table names for pasted text', async () => {
    const { page, errors } = await openPage(context(), `/es/?q=${encodeURIComponent('close code 4014')}`);
    await page.waitForSelector('site-search dialog[open]');
    expect(await recognized(page, '#starlight__search', 3)).toEqual([
      expect.stringMatching(
        /^\/es\/discord\/gateway-close-codes\/#4014 4014 .+ · Códigos de cierre del Gateway de Discord$/,
      ),
      expect.stringMatching(
        /^\/es\/discord\/voice-close-codes\/#4014 4014 .+ · Códigos de cierre de voz de Discord$/,
      ),
      '/es/websocket/close-codes/#range-4000-4999 4000–4999 Uso privado · Códigos de cierre de WebSocket',
    ]);
    expect(errors).toEqual([]);
    // A code alone is searched on the Spanish index.
    const code = await openPage(context(), '/es/?q=4014');
    await code.page.waitForSelector(firstResultLink);
    expect(await code.page.inputValue('#starlight__search input.pagefind-ui__search-input')).toBe('4014');
    expect(await code.page.getAttribute(firstResultLink, 'href')).toMatch(
      /^\/es\/discord\/(gateway|voice)-close-codes\/#4014$/,
    );
    const results = await code.page.$$eval('#starlight__search .pagefind-ui__result-link', (as) =>
      as.map((a) => a.getAttribute('href') ?? ''),
    );
    expect(results.every((href) => href.startsWith('/es/'))).toBe(true);
    expect(code.errors).toEqual([]);
  });

  it('a hostile query is only text: no markup from it, no script run, no console error', async () => {
    const q = '<img src=x onerror=alert(1)><script>alert(2)</script>"\'><b>grpc-status: 14</b>';
    const { page, errors } = await openPage(context(), `/?q=${encodeURIComponent(q)}`);
    const said = alerts(page);
    await page.waitForSelector('site-search dialog[open]');
    expect(await recognized(page, '#starlight__search', 1)).toEqual([
      '/grpc/status-codes/#unavailable 14 UNAVAILABLE · gRPC status codes',
    ]);
    // Pagefind has searched (its message is hidden when it found nothing but something was recognized).
    await page.waitForSelector('#starlight__search .pagefind-ui__message', { state: 'attached' });
    expect(await injectedMarkup(page)).toBe(0);
    expect(said).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('without JavaScript, the home page says where the codes are instead', async () => {
    const noJs = await browser().newContext({ javaScriptEnabled: false });
    const { page } = await openPage(noJs, '/?q=4014', { scripts: false });
    expect(await page.isVisible('form[data-jump-to-code]')).toBe(false);
    expect(await page.textContent('.home-noscript')).toContain('Every code is listed in the tables below.');
    await page.click('.home-noscript a');
    expect(new URL(page.url()).hash).toBe('#tables');
    expect(await page.$$eval('.home-tables a', (links) => links.length)).toBeGreaterThan(10);
    await noJs.close();
  });
});
