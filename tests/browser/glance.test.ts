import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, targetState, useContextPerTest } from '../support/browser.ts';
import { getSite } from '../../src/tables/registry.ts';

const { browser, context } = useContextPerTest();
const site = getSite();

/** How many glance rows and entries are displayed, and what the page says about them. */
const shown = (page: Page) =>
  page.evaluate(() => {
    const visible = (selector: string) =>
      [...document.querySelectorAll<HTMLElement>(selector)].filter((e) => e.offsetParent !== null).length;
    return {
      // Not the sizer rows of a table in ranges (aria-hidden, no height): they are no entries.
      rows: visible('.glance-table tbody tr:not([aria-hidden="true"])'),
      entries: visible('.entries .entry'),
      count: document.querySelector('.glance-count')?.textContent ?? '',
      pressed: [...document.querySelectorAll('.glance-chip[aria-pressed="true"]')].map((b) =>
        b.getAttribute('data-filter-id'),
      ),
    };
  });

/**
 * Where each column of each glance table on the page starts and how wide it is, every range's
 * table laid out (those off screen skip layout until they come near).
 */
const columnEdges = (page: Page) =>
  page.evaluate(() => {
    for (const range of document.querySelectorAll<HTMLElement>('.glance-range'))
      range.style.contentVisibility = 'visible';
    return [...document.querySelectorAll('.glance-table')].map((table) =>
      [...table.querySelectorAll('thead th')].map((th) => {
        const { left, width } = th.getBoundingClientRect();
        return [Math.round(left), Math.round(width)];
      }),
    );
  });

const closeCodes = site.entries('discord/gateway-close-codes');
const noReconnect = closeCodes.filter(({ entry }) => (entry as { reconnect?: string }).reconnect === 'no');

describe('the glance table', () => {
  it('links each row to its entry, which is then in view and highlighted', async () => {
    const { page, errors } = await openPage(context(), '/discord/gateway-close-codes/');
    expect(await page.locator('.glance-table tbody tr').count()).toBe(closeCodes.length);
    await page
      .locator('.glance-table')
      .getByRole('link', { name: 'Disallowed intent(s)', exact: true })
      .click();
    await page.waitForURL(/#4014$/);
    expect(await targetState(page)).toEqual({ id: '4014', inView: true, outline: 'solid' });
    expect(errors).toEqual([]);
  });

  it('is a table screen readers can navigate: caption, column headers, a row header per row', async () => {
    const { page } = await openPage(context(), '/es/grpc/status-codes/');
    const table = page.getByRole('table', { name: 'De un vistazo' });
    await expect.poll(() => table.count(), { timeout: 15_000 }).toBe(1);
    expect(await table.getByRole('columnheader').allTextContents()).toEqual([
      'Código',
      'Nombre',
      'Estado HTTP',
      'Reintentar',
    ]);
    expect(await table.getByRole('rowheader').count()).toBe(17);
    // gRPC → HTTP at a glance: the row of UNAVAILABLE links to HTTP 503.
    const row = table.getByRole('row').filter({ hasText: 'UNAVAILABLE' });
    expect(await row.getByRole('link', { name: '503 Service Unavailable' }).getAttribute('href')).toBe(
      '/es/http/status-codes/#503',
    );
  });
});

describe('the glance tables of a table in ranges (HTTP status codes, one per class)', () => {
  it.each([
    { width: 1280, height: 900, path: '/http/status-codes/' },
    { width: 375, height: 812, path: '/es/http/status-codes/' },
    { width: 480, height: 800, path: '/http/status-codes/' },
  ])('line their columns up at $width px wide ($path)', async ({ width, height, path }) => {
    const phone = await browser().newContext({ viewport: { width, height } });
    const { page, errors } = await openPage(phone, path);
    const tables = await columnEdges(page);
    expect(tables).toHaveLength(site.table('http/status-codes').groups!.length);
    // Within a pixel: fractional widths may round either way.
    const offBy = tables.flatMap((columns) =>
      columns.flatMap((edges, i) => edges.map((v, k) => Math.abs(v - tables[0]![i]![k]!))),
    );
    expect(Math.max(...offBy)).toBeLessThanOrEqual(1);
    expect(errors).toEqual([]);
    await phone.close();
  });

  it('hide, under a filter, the ranges it leaves empty, and keep their columns', async () => {
    const { page, errors } = await openPage(context(), '/http/status-codes/');
    const before = await columnEdges(page);
    await page.getByRole('button', { name: 'Server errors (5xx)' }).click();
    const serverErrors = site
      .entries('http/status-codes')
      .filter(({ entry }) => typeof entry.code === 'number' && entry.code >= 500);
    expect((await shown(page)).rows).toBe(serverErrors.length);
    const ranges = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.glance-range')].map((r) => ({
        hidden: r.hidden,
        caption: r.querySelector('caption')?.textContent,
        sizerHidden: r.querySelector<HTMLElement>('.glance-sizer')?.hidden,
      })),
    );
    expect(ranges.filter((r) => !r.hidden).map((r) => r.caption)).toEqual([
      'At a glance (5xx: Server error)',
    ]);
    expect(ranges.every((r) => r.sizerHidden === false)).toBe(true);
    const after = await columnEdges(page);
    expect(after.at(-1)).toEqual(before.at(-1));
    expect(after.at(-1)).toHaveLength(4);
    await page.getByRole('button', { name: 'Server errors (5xx)' }).click();
    expect(await page.locator('.glance-range[hidden]').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('filters', () => {
  it('narrow the glance rows and the entries, say how many remain, and put the filter in the URL', async () => {
    const { page, errors } = await openPage(context(), '/discord/gateway-close-codes/');
    expect(await shown(page)).toEqual({
      rows: closeCodes.length,
      entries: closeCodes.length,
      count: '',
      pressed: [''],
    });
    await page.getByRole('button', { name: 'Do not reconnect' }).click();
    expect(await shown(page)).toEqual({
      rows: noReconnect.length,
      entries: noReconnect.length,
      count: `Showing ${noReconnect.length} of ${closeCodes.length}`,
      pressed: ['no-reconnect'],
    });
    expect(new URL(page.url()).search).toBe('?filter=no-reconnect');
    // The count is announced: it sits in a live region.
    expect(await page.locator('.glance-count').getAttribute('role')).toBe('status');
    // Pressing it again (or "All") shows everything and takes the filter out of the URL.
    await page.getByRole('button', { name: 'Do not reconnect' }).click();
    expect((await shown(page)).entries).toBe(closeCodes.length);
    expect(new URL(page.url()).search).toBe('');
    expect(errors).toEqual([]);
  });

  it('work from the keyboard', async () => {
    const { page } = await openPage(context(), '/es/discord/gateway-close-codes/');
    await page.getByRole('button', { name: 'No reconectar' }).focus();
    await page.keyboard.press('Enter');
    expect((await shown(page)).pressed).toEqual(['no-reconnect']);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space');
    expect((await shown(page)).pressed).toEqual(['']);
  });

  it('are restored from a shared URL', async () => {
    const { page } = await openPage(context(), '/es/discord/gateway-close-codes/?filter=no-reconnect');
    await page.waitForLoadState('load');
    expect(await shown(page)).toMatchObject({ rows: noReconnect.length, pressed: ['no-reconnect'] });
    expect(await page.locator('.glance-count').textContent()).toBe(
      `Se muestran ${noReconnect.length} de ${closeCodes.length}`,
    );
  });

  it('give way to a link to an entry they would hide', async () => {
    // 4000 (Unknown error) can be resumed: "do not reconnect" hides it, the #anchor wins.
    const { page } = await openPage(context(), '/discord/gateway-close-codes/?filter=no-reconnect#4000');
    await page.waitForLoadState('load');
    expect(await targetState(page)).toEqual({ id: '4000', inView: true, outline: 'solid' });
    expect((await shown(page)).entries).toBe(closeCodes.length);
  });

  it('narrow the compact rows of the longest table and hide the ranges left empty', async () => {
    const { page, errors } = await openPage(context(), '/discord/json-error-codes/?filter=community');
    await page.waitForLoadState('load');
    const json = site.table('discord/json-error-codes');
    const community = json.entries.filter((e) => json.provenance(e).kind === 'community');
    const state = await page.evaluate(() => ({
      rows: document.querySelectorAll('.entries .entry:not([hidden])').length,
      rowsWithoutBadge: [...document.querySelectorAll('.entries .entry:not([hidden])')].filter(
        (e) => !e.querySelector('.entry-badge'),
      ).length,
      emptyGroupsShown: [...document.querySelectorAll('.entry-group:not([hidden])')].filter(
        (g) => !g.querySelector('.entry:not([hidden])'),
      ).length,
    }));
    expect(state).toEqual({ rows: community.length, rowsWithoutBadge: 0, emptyGroupsShown: 0 });
    expect(errors).toEqual([]);
  });

  it('leave the home page’s ?q= search link alone', async () => {
    const { page, errors } = await openPage(context(), '/?q=4014');
    await page.waitForLoadState('load');
    expect(new URL(page.url()).search).toBe('?q=4014');
    expect(errors).toEqual([]);
  });
});

describe('on a phone', () => {
  it.each([320, 375, 412])(
    'no table page scrolls sideways at %i px wide, in either language; a glance table too wide scrolls in its box',
    async (width) => {
      const phone = await browser().newContext({ viewport: { width, height: 812 }, isMobile: true });
      const wide: string[] = [];
      for (const table of site.tables) {
        for (const prefix of ['', '/es']) {
          const { page } = await openPage(phone, `${prefix}/${table.id}/`);
          // A mobile browser widens its viewport to a page wider than the screen: the page's
          // width is measured against the screen's.
          const { page: pageWidth, boxes } = await page.evaluate(() => ({
            page: Math.max(document.documentElement.scrollWidth, window.innerWidth),
            boxes: Math.max(
              0,
              ...[...document.querySelectorAll('.glance-scroll')].map((b) => b.getBoundingClientRect().right),
            ),
          }));
          if (pageWidth > width || boxes > width)
            wide.push(`${prefix}/${table.id}/ (${pageWidth}, ${boxes} px)`);
          await page.close();
        }
      }
      await phone.close();
      expect(wide).toEqual([]);
    },
    240_000,
  );
});

describe('without JavaScript', () => {
  it('shows the whole glance table and no filter buttons', async () => {
    const noJs = await browser().newContext({ javaScriptEnabled: false });
    for (const table of site.tables.filter((t) => t.glance.layout !== 'rows')) {
      const { page } = await openPage(noJs, `/${table.id}/?filter=none-of-these`, { scripts: false });
      expect(
        await page.locator('.glance-table tbody tr:not([aria-hidden="true"]):visible').count(),
        table.id,
      ).toBe(table.entries.length);
      expect(await page.locator('.glance-filters').isVisible(), table.id).toBe(false);
      await page.close();
    }
    await noJs.close();
  });
});
