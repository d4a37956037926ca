import { describe, expect, it } from 'vitest';
import {
  browserCloseRule,
  closeCodeRanges,
  discordRelation,
  webSocketCloseCodes as content,
} from '../../content/websocket/close-codes.ts';
import { gatewayCloseCodes } from '../../content/discord/gateway-close-codes.ts';
import { voiceCloseCodes } from '../../content/discord/voice-close-codes.ts';
import { rpcCloseCodes } from '../../content/discord/rpc-close-codes.ts';
import type { WebSocketCloseCodeEntry } from '../../src/schema/layers.ts';
import {
  iana,
  rfc6455MustNotBeSent,
  rfc6455Section11_7,
  whatwgCloseAllowed,
} from '../fixtures/websocket-close-code-registry.ts';

const codes: readonly WebSocketCloseCodeEntry[] = content;
const byCode = (code: number) => codes.find((e) => e.code === code)!;

describe('WebSocket close codes', () => {
  it('are every code of the IANA registry from 1000 to 1015, in order, with the registry’s names', () => {
    expect(codes.map((e) => [e.code, e.name])).toEqual(iana.map((r) => [r.code, r.name]));
  });

  it('cite RFC 6455 for its codes and the IANA registration for 1012–1014, naming who registered them', () => {
    for (const r of iana) {
      const e = byCode(r.code);
      if (r.reference.startsWith('RFC6455')) {
        expect(e.spec.url, `${r.code}`).toMatch(/rfc6455#section-7\./);
        expect(e.registeredBy, `${r.code}`).toBeUndefined();
      } else {
        expect(r.reference, `${r.code}`).toContain(e.spec.url);
        expect(r.reference, `${r.code}`).toContain(e.registeredBy!.replace(' ', '_'));
      }
    }
  });

  it('show the name RFC 6455 gave a code wherever the registry spells it differently (1011)', () => {
    for (const r of rfc6455Section11_7) {
      const e = byCode(r.code);
      if (e.status === 'reserved') continue;
      expect(e.rfcName ?? e.name, `${r.code}`).toBe(r.name);
    }
    expect(codes.filter((e) => e.rfcName).map((e) => e.code)).toEqual([1011]);
    expect(byCode(1011).notes?.some((n) => n.kind === 'disagreement')).toBe(true);
  });

  it('mark 1004 as reserved and every other code as assigned', () => {
    expect(codes.filter((e) => e.status === 'reserved').map((e) => e.code)).toEqual([1004]);
  });

  it('never send 1005, 1006 and 1015 on the wire: they are reported locally', () => {
    expect(codes.filter((e) => e.reportedLocally).map((e) => e.code)).toEqual([...rfc6455MustNotBeSent]);
    for (const code of rfc6455MustNotBeSent) expect(byCode(code).sentOnWire, `${code}`).toBe(false);
    // 1004 is not sent either: it has no meaning to convey.
    expect(codes.filter((e) => !e.sentOnWire).map((e) => e.code)).toEqual([1004, 1005, 1006, 1015]);
    for (const e of codes) expect(e.sentBy === 'none', `${e.code}`).toBe(!e.sentOnWire);
  });

  it('say 1010 is sent only by clients (RFC 6455, Section 7.4.1)', () => {
    expect(codes.filter((e) => e.sentBy === 'client').map((e) => e.code)).toEqual([1010]);
  });

  it('follow the browser rule: WebSocket.close() accepts 1000 and 3000–4999 only', () => {
    expect(browserCloseRule.allowed).toEqual(whatwgCloseAllowed);
    expect(browserCloseRule.codeError).toBe('InvalidAccessError');
    expect(browserCloseRule.reasonMaxBytes).toBe(123);
    const allowed = (code: number) => whatwgCloseAllowed.some((r) => code >= r.from && code <= r.to);
    for (const e of codes) expect(e.scriptCanSend, `${e.code}`).toBe(allowed(e.code));
  });

  it('have code ranges that cover 0–4999 without gaps or overlaps, as RFC 6455, Section 7.4.2 defines them', () => {
    expect(closeCodeRanges.map((r) => [r.from, r.to, r.use])).toEqual([
      [0, 999, 'unused'],
      [1000, 2999, 'protocol'],
      [3000, 3999, 'registered'],
      [4000, 4999, 'private'],
    ]);
    for (const r of closeCodeRanges) {
      expect(r.id).toBe(`range-${r.from}-${r.to}`);
      expect(r.spec.url).toMatch(/rfc6455#section-7\.4\.2$/);
    }
  });

  it('place every Discord Gateway, Voice and RPC close code in the private-use range, as the link to Discord says', () => {
    const privateUse = closeCodeRanges.find((r) => r.use === 'private')!;
    expect(discordRelation.range).toEqual({ from: privateUse.from, to: privateUse.to });
    // The RPC server also uses three standard codes, which this table has and the link names.
    const standardInRpc = [1000, 1003, 1006];
    for (const e of [...gatewayCloseCodes, ...voiceCloseCodes, ...rpcCloseCodes]) {
      if (standardInRpc.includes(e.code) && rpcCloseCodes.some((r) => r.code === e.code)) continue;
      expect(e.code, `Discord close code ${e.code}`).toBeGreaterThanOrEqual(privateUse.from);
      expect(e.code, `Discord close code ${e.code}`).toBeLessThanOrEqual(privateUse.to);
    }
    for (const code of standardInRpc) {
      expect(codes.some((e) => e.code === code)).toBe(true);
      expect(discordRelation.here.en).toContain(String(code));
    }
    expect(discordRelation.tables).toEqual([
      'discord/gateway-close-codes',
      'discord/voice-close-codes',
      'discord/rpc-close-codes',
    ]);
  });

  it('say that closing with 1000 or 1001 ends a Discord Gateway session, and that 1006 leaves it resumable', () => {
    const discord = codes.filter((e) => e.discord).map((e) => [e.code, e.discord!.gatewaySession]);
    expect(discord).toEqual([
      [1000, 'ended'],
      [1001, 'ended'],
      [1006, 'resumable'],
    ]);
    for (const e of codes.filter((x) => x.discord)) {
      expect(e.discord!.documented, `${e.code}`).toBe(true);
      expect(e.discord!.source.url).toBe(
        'https://discord.com/developers/docs/events/gateway#initiating-a-disconnect',
      );
    }
  });
});
