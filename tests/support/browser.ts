/**
 * The installed Chromium (found by chromium.ts, never a downloaded browser) driven by
 * playwright-core, with the flags that work on these machines: no sandbox as root,
 * no GPU, and no background traffic to the outside (the machines reach only loopback).
 */
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';
import { scriptsReadyAttribute } from '../../src/lib/scripts-after-load.ts';

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export interface ChromiumOptions {
  /**
   * Scrollbars that take room, as on a desktop. Playwright hides them in headless mode
   * (`--hide-scrollbars`), which suits every test but those of what a scrollbar moves.
   */
  readonly scrollbars?: boolean;
}

/** Launches the browser at `executablePath`: in tests, the one the global setup found. */
export function launchChromium(
  executablePath: string = inject('chromiumPath'),
  { scrollbars = false }: ChromiumOptions = {},
): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: chromiumArgs,
    ...(scrollbars && { ignoreDefaultArgs: ['--hide-scrollbars'] }),
  });
}

export const baseUrl = (): string => inject('baseUrl');

/** One Chromium for the test file: launched before its tests, closed after. Call the result to get it. */
export function useChromium(options: ChromiumOptions = {}): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium(undefined, options);
  });
  afterAll(async () => browser?.close());
  return () => {
    if (!browser) throw new Error('Chromium is not running: call browser() inside a test or hook.');
    return browser;
  };
}

/** The window most browser tests read the site in: a desktop's, with the sidebar and the table of contents. */
const desktopWindow: BrowserContextOptions = { viewport: { width: 1280, height: 900 } };

/**
 * One Chromium for the test file (useChromium) and a fresh context in it for each test, closed
 * after the test, so that no storage, permission or route one test sets reaches the next. Call
 * `context()` inside a test to get the current one; `browser()` opens other contexts (a phone,
 * JavaScript off) alongside it.
 */
export function useContextPerTest(
  contextOptions: BrowserContextOptions = desktopWindow,
  chromiumOptions: ChromiumOptions = {},
): { browser: () => Browser; context: () => BrowserContext } {
  const browser = useChromium(chromiumOptions);
  let current: BrowserContext | undefined;
  beforeEach(async () => {
    current = await browser().newContext(contextOptions);
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return {
    browser,
    context: () => {
      if (!current) throw new Error('No browser context: call context() inside a test.');
      return current;
    },
  };
}

/** Anything not on loopback would leave the machine: refused, so that a test can never send it. */
export async function keepOnLoopback(page: Page): Promise<void> {
  await page.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => route.abort());
}

/**
 * A page that records console errors and uncaught exceptions, for tests that assert there are
 * none, opened and loaded with its scripts run: they start after `load`
 * (src/lib/scripts-after-load.ts), and a test that acted at once would race them. With
 * JavaScript off, pass `{ scripts: false }`: they never run.
 */
export async function openPage(
  context: BrowserContext,
  path: string,
  { scripts = true }: { scripts?: boolean } = {},
): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`${path}: console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`${path}: exception: ${err.message}`));
  await keepOnLoopback(page);
  await page.goto(new URL(path, baseUrl()).href);
  if (scripts) await scriptsRun(page);
  return { page, errors };
}

/** Resolves once the page's bundled scripts, started after `load`, have all run. */
export async function scriptsRun(page: Page): Promise<void> {
  await page.waitForSelector(`html[${scriptsReadyAttribute}]`, { state: 'attached' });
}

/** The first result's link: Pagefind UI shows each result as a placeholder until its fragment has loaded. */
export const firstResultLink =
  '#starlight__search .pagefind-ui__result:first-child .pagefind-ui__result-link';

/**
 * Opens the search dialog, types a query and waits for the first result's link. Returns its href.
 * Not the first link in the list: under load a later result's fragment may arrive first.
 */
export async function searchFor(page: Page, term: string): Promise<string> {
  await page.waitForSelector('site-search button[data-open-modal]:not([disabled])');
  if (!(await page.$('site-search dialog[open]'))) await page.click('site-search button[data-open-modal]');
  const input = page.locator('#starlight__search input.pagefind-ui__search-input');
  await input.waitFor();
  await input.fill(term);
  await page.waitForFunction(
    ([t, link]) => {
      const input = document.querySelector<HTMLInputElement>(
        '#starlight__search input.pagefind-ui__search-input',
      );
      return input?.value === t && document.querySelector(link) !== null;
    },
    [term, firstResultLink] as const,
    { polling: 'raf' },
  );
  return page.locator(firstResultLink).getAttribute('href') as Promise<string>;
}

/**
 * The `:target` entry once it has settled: entries above it may finish layout after
 * the jump (the page then keeps the target in view), so wait up to 4 s for it to stay
 * in the viewport, then report where it is and whether it is highlighted.
 */
export async function targetState(
  page: Page,
): Promise<{ id: string | undefined; inView: boolean; outline: string }> {
  // In view for 300 ms on end: a card laid out late may still move it for a frame, and the
  // page then puts it back (src/scripts/entry-target.ts).
  await page.evaluate(() => {
    delete (window as unknown as { inViewSince?: number }).inViewSince;
  });
  await page
    .waitForFunction(
      () => {
        const w = window as unknown as { inViewSince?: number | undefined };
        const box = document.querySelector(':target')?.getBoundingClientRect();
        const inView = !!box && box.top >= 0 && box.bottom <= window.innerHeight;
        if (!inView) w.inViewSince = undefined;
        else w.inViewSince ??= performance.now();
        return inView && performance.now() - w.inViewSince! >= 300;
      },
      null,
      { timeout: 4000, polling: 'raf' },
    )
    .catch(() => undefined);
  return page.evaluate(() => {
    const target = document.querySelector(':target');
    const entry = target?.closest('.entry');
    const box = target?.getBoundingClientRect();
    return {
      id: target?.id,
      inView: !!box && box.top >= 0 && box.bottom <= window.innerHeight,
      outline: entry ? getComputedStyle(entry).outlineStyle : 'none',
    };
  });
}
