import { describe, expect, it } from 'vitest';
import {
  baseUrl,
  firstResultLink,
  openPage,
  searchFor,
  targetState,
  useContextPerTest,
} from '../support/browser.ts';

const { context } = useContextPerTest();

describe("search in the browser (under the site's Content-Security-Policy)", () => {
  it.each([
    ['/', '4004', /\/discord\/(gateway|voice)-close-codes\/#4004$/],
    ['/', 'NOT_FOUND', /\/grpc\/status-codes\/#not-found$/],
    ['/', '50035', /\/discord\/json-error-codes\/#50035$/],
    ['/es/', '404', /^\/es\/(discord\/)?http\/status-codes\/#404$/],
    ['/es/', 'límite de velocidad', /^\/es\//],
  ])('on %s, "%s" shows the entry as the first result', async (path, term, expected) => {
    const { page, errors } = await openPage(context(), path);
    const href = await searchFor(page, term);
    expect(href).toMatch(expected);
    // Results name their table in the title; no metadata tags with untranslated labels.
    expect(await page.locator('#starlight__search .pagefind-ui__result-tag').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  // The engine answers on the page's main thread (src/scripts/pagefind-search.ts): a worker's
  // answers reached the page some 50 ms late while someone typed.
  it('searches without starting a web worker', async () => {
    const { page, errors } = await openPage(context(), '/');
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    expect(await searchFor(page, 'UNAVAILABLE')).toMatch(/\/grpc\/status-codes\/#unavailable$/);
    expect(workers).toEqual([]);
    expect(errors).toEqual([]);
  });

  // The first Intl.Segmenter of a page costs tens of milliseconds, and Pagefind creates one
  // for every query: the engine's start pays it (src/scripts/pagefind-search.ts), before the
  // first keystroke, not the first search after it.
  it('prepares text segmentation when the search opens, before anything is typed', async () => {
    await context().addInitScript(() => {
      const created: string[] = [];
      Object.assign(window, { segmentersCreated: created });
      const Native = Intl.Segmenter;
      Object.defineProperty(Intl, 'Segmenter', {
        value: class extends Native {
          constructor(...args: ConstructorParameters<typeof Native>) {
            super(...args);
            created.push(`${this.resolvedOptions().locale} ${this.resolvedOptions().granularity}`);
          }
        },
      });
    });
    const { page, errors } = await openPage(context(), '/es/');
    const created = () =>
      page.evaluate(() => (window as unknown as { segmentersCreated: string[] }).segmentersCreated);
    expect(await created()).toEqual([]);
    await page.click('site-search button[data-open-modal]:not([disabled])');
    await page.locator('#starlight__search input.pagefind-ui__search-input').waitFor();
    await expect.poll(created, { timeout: 30_000 }).toEqual(['es grapheme']);
    expect(await searchFor(page, 'latido')).toMatch(/^\/es\/discord\/(gateway|voice)-opcodes\/#(1|3)$/);
    expect(errors).toEqual([]);
  });

  // Ctrl+K on a fresh page opens the dialog before Pagefind UI has built its input: what is
  // typed at once must reach the search, not be lost (src/scripts/site-search.ts).
  it('keeps what is typed right after Ctrl+K, before the search box exists', async () => {
    const { page, errors } = await openPage(context(), '/es/');
    await page.waitForSelector('site-search button[data-open-modal]:not([disabled])');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('sesión no válida');
    const input = page.locator('#starlight__search input.pagefind-ui__search-input');
    await page.waitForFunction((link) => document.querySelector(link) !== null, firstResultLink, {
      polling: 'raf',
    });
    expect(await input.inputValue()).toBe('sesión no válida');
    expect(await page.locator(firstResultLink).getAttribute('href')).toMatch(
      /^\/es\/discord\/(gateway|voice)-close-codes\/#4006$/,
    );
    expect(errors).toEqual([]);
  });

  it('clicking a result lands on the entry, scrolled into view and highlighted', async () => {
    const { page, errors } = await openPage(context(), '/');
    await searchFor(page, 'UNAVAILABLE');
    await page.locator(firstResultLink).click();
    await page.waitForURL(/\/grpc\/status-codes\/#unavailable$/);
    const state = await targetState(page);
    expect(state).toEqual({ id: 'unavailable', inView: true, outline: 'solid' });
    expect(errors).toEqual([]);
  });
});

describe('links to entries', () => {
  it('a deep link into the longest table lands on the entry, in view and highlighted', async () => {
    const { page } = await openPage(context(), '/es/discord/json-error-codes/#50035');
    const state = await targetState(page);
    expect(state).toEqual({ id: '50035', inView: true, outline: 'solid' });
  });

  it('an alias anchor (#5) lands on the same entry as #not-found', async () => {
    const { page } = await openPage(context(), '/grpc/status-codes/#5');
    const entry = await page.evaluate(
      () =>
        document.querySelector(':target')?.closest('.entry')?.querySelector('.entry-header > :is(h2, h3)')
          ?.id,
    );
    expect(entry).toBe('not-found');
  });

  it('the copy-link control copies the absolute URL of the entry and says so', async () => {
    await context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    const { page, errors } = await openPage(context(), '/discord/gateway-close-codes/');
    // Record what the control and the live region say the moment they change (they reset after 2 s).
    await page.evaluate(() => {
      const w = window as unknown as { said: string[] };
      w.said = [];
      const link = document.querySelector('a.entry-link[href="#4014"]')!;
      const status = document.getElementById('copy-link-status')!;
      new MutationObserver(() => {
        if (status.textContent) w.said.push(`status:${status.textContent}`);
        if (link.classList.contains('is-copied'))
          w.said.push(`control:${getComputedStyle(link, '::after').content}`);
      }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    // Its accessible name says what it is and which entry it links to.
    await page.getByRole('link', { name: '4014 Disallowed intent(s) Copy link', exact: true }).click();
    await page.waitForFunction(() => (window as unknown as { said: string[] }).said.length >= 2, null, {
      polling: 'raf',
    });
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${baseUrl()}/discord/gateway-close-codes/#4014`,
    );
    const said = await page.evaluate(() => (window as unknown as { said: string[] }).said);
    expect(said).toContain('status:Link copied');
    expect(said.some((s) => /^control:.*Link copied/.test(s))).toBe(true);
    expect(page.url()).toBe(`${baseUrl()}/discord/gateway-close-codes/#4014`);
    expect(errors).toEqual([]);
  });

  it('switching language keeps the page and the #anchor', async () => {
    const { page } = await openPage(context(), '/grpc/status-codes/#unavailable');
    await page.locator('starlight-lang-select select').first().selectOption({ label: 'Español' });
    await page.waitForURL(/\/es\/grpc\/status-codes\/#unavailable$/);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    const back = await openPage(context(), '/es/discord/voice-opcodes/#11-reset');
    await back.page.locator('starlight-lang-select select').first().selectOption({ label: 'English' });
    await back.page.waitForURL((url) => url.pathname === '/discord/voice-opcodes/');
    expect(new URL(back.page.url()).hash).toBe('#11-reset');
  });

  it('the home page jumps to a code', async () => {
    const { page, errors } = await openPage(context(), '/');
    await page.fill('#jump-code', '4014');
    await page.click('form[data-jump-to-code] button[type="submit"]');
    await page.waitForURL(/\/discord\/(gateway|voice)-close-codes\/#4014$/);
    expect(errors).toEqual([]);
  });
});
