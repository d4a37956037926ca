import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contractFile, publishedAnchors } from '../../scripts/anchors.ts';

// Links people have pasted point at these anchors: none may disappear or change.
const contract = readFileSync(contractFile, 'utf8').split('\n').filter(Boolean);

describe('the anchor contract', () => {
  const published = new Set(publishedAnchors());

  it('keeps every anchor listed in tests/fixtures/anchors.txt', () => {
    const missing = contract.filter((a) => !published.has(a));
    expect(missing, 'anchors that disappeared or changed (pasted links would break)').toEqual([]);
  });

  it('lists every published anchor (run `npm run anchors:update` after adding entries)', () => {
    const listed = new Set(contract);
    expect([...published].filter((a) => !listed.has(a))).toEqual([]);
  });

  it('includes the examples the product promises', () => {
    for (const a of [
      'discord/gateway-close-codes #4004',
      'http/status-codes #404',
      'discord/json-error-codes #50035',
      'discord/http-status-codes #5xx',
      'grpc/status-codes #not-found',
      'grpc/status-codes #5',
      'discord/voice-opcodes #11-reset',
      'discord/voice-opcodes #11',
      'websocket/close-codes #1006',
      'http2/error-codes #refused-stream',
      'http2/error-codes #7',
      'http2/error-codes #0x7',
      'grpc/http-mappings #not-found',
      'grpc/http-mappings #5',
    ]) {
      expect(contract).toContain(a);
    }
  });
});
