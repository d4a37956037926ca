/**
 * The anchors product.md promises on the WebSocket, HTTP/2 and gRPC ↔ HTTP pages, opened
 * in a browser: each lands on its entry, in view and highlighted, in both languages;
 * the number and hex aliases (#7, #0x7, #5) land on the same entry as the name.
 */
import { expect, it } from 'vitest';
import { openPage, targetState, useContextPerTest } from '../support/browser.ts';

const { context } = useContextPerTest();

it.each([
  ['/websocket/close-codes/#1006', '1006'],
  ['/es/http2/error-codes/#refused-stream', 'refused-stream'],
  ['/http2/error-codes/#7', 'refused-stream'],
  ['/es/http2/error-codes/#0x7', 'refused-stream'],
  ['/grpc/http-mappings/#not-found', 'not-found'],
  ['/es/grpc/http-mappings/#5', 'not-found'],
])('%s lands on entry #%s, in view and highlighted', async (path, entry) => {
  const { page, errors } = await openPage(context(), path);
  const state = await targetState(page);
  expect(state.inView).toBe(true);
  expect(state.outline).toBe('solid');
  const heading = await page.evaluate(
    () => document.querySelector(':target')?.closest('.entry')?.querySelector('.entry-header > h2')?.id,
  );
  expect(heading).toBe(entry);
  expect(errors).toEqual([]);
});
