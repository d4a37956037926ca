import { describe, expect, it } from 'vitest';
import { gatewayCloseCodes } from '../../content/discord/gateway-close-codes.ts';
import { gatewayOpcodes } from '../../content/discord/gateway-opcodes.ts';
import { discordHttpStatusCodes } from '../../content/discord/http-status-codes.ts';
import { jsonErrorCodes } from '../../content/discord/json-error-codes/index.ts';
import { rpcCloseCodes } from '../../content/discord/rpc-close-codes.ts';
import { meta as rpcErrorMeta, rpcErrorCodes } from '../../content/discord/rpc-error-codes.ts';
import { meta as voiceCloseMeta, voiceCloseCodes } from '../../content/discord/voice-close-codes.ts';
import { voiceOpcodes } from '../../content/discord/voice-opcodes.ts';
import type { DiscordRpcCodeEntry, EntryBase } from '../../src/schema/entries.ts';
import { getSite } from '../../src/tables/registry.ts';
import {
  seedGatewayCloseCodes,
  seedGatewayOpcodes,
  seedHttpCodes,
  seedVoiceCloseCodes,
  seedVoiceOpcodes,
} from '../fixtures/discord-seed.ts';

/** The entry has the seed's name, or says on the entry that the sources name it differently. */
function hasSeedName(entries: readonly EntryBase[], code: number, seedName: string): boolean {
  return entries.some(
    (e) =>
      e.code === code &&
      (e.name === seedName ||
        (e.notes ?? []).some((n) => n.kind === 'disagreement' && n.text.en.includes(seedName))),
  );
}

describe('Discord tables cover the source text', () => {
  it('every Gateway opcode of the seed, by number and name', () => {
    for (const [code, name] of seedGatewayOpcodes)
      expect(hasSeedName(gatewayOpcodes, code, name), `${code} ${name}`).toBe(true);
  });

  it('every Voice opcode of the seed, by number and name, both entries numbered 11 included', () => {
    for (const [code, name] of seedVoiceOpcodes)
      expect(hasSeedName(voiceOpcodes, code, name), `${code} ${name}`).toBe(true);
  });

  it('every Gateway and Voice close code and every HTTP code of the seed', () => {
    const codes = (entries: readonly EntryBase[]) => entries.map((e) => e.code);
    expect(codes(gatewayCloseCodes)).toEqual(expect.arrayContaining([...seedGatewayCloseCodes]));
    expect(codes(voiceCloseCodes)).toEqual(expect.arrayContaining([...seedVoiceCloseCodes]));
    expect(codes(discordHttpStatusCodes)).toEqual(expect.arrayContaining([...seedHttpCodes]));
  });

  it('the codes Discord added since: Gateway opcode 43, close code 4015, DAVE voice opcodes 21–31, voice close code 4017', () => {
    expect(gatewayOpcodes.some((o) => o.code === 43)).toBe(true);
    expect(gatewayCloseCodes.some((c) => c.code === 4015)).toBe(true);
    for (let code = 21; code <= 31; code++)
      expect(
        voiceOpcodes.some((o) => o.code === code),
        `voice opcode ${code}`,
      ).toBe(true);
    expect(voiceCloseCodes.some((c) => c.code === 4017)).toBe(true);
  });
});

describe('Discord facts', () => {
  it('keeps both Voice opcodes 11 as a documented duplicate, Reset first, with their own anchors', () => {
    const elevens = voiceOpcodes.filter((o) => o.code === 11);
    expect(elevens.map((o) => o.name)).toEqual(['Reset', 'Clients Connect']);
    expect(elevens.every((o) => o.documentedDuplicate === true)).toBe(true);
    const anchors = getSite()
      .entries('discord/voice-opcodes')
      .map((e) => e.anchor)
      .filter((a) => a.id.startsWith('11'));
    expect(anchors).toEqual([
      { id: '11-reset', aliases: ['11'] },
      { id: '11-clients-connect', aliases: [] },
    ]);
  });

  it('marks the Gateway opcodes that only the official client uses', () => {
    const botApi = [0, 1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 31, 43];
    for (const o of gatewayOpcodes)
      expect(o.availability, `${o.code} ${o.name}`).toBe(botApi.includes(o.code) ? 'bot-api' : 'client-only');
  });

  it("follows Discord's documented reconnect flags for Gateway close codes", () => {
    // Discord's "Reconnect" column: false for these, true for the other documented codes.
    const noReconnect = [4004, 4010, 4011, 4012, 4013, 4014];
    for (const c of gatewayCloseCodes.filter((x) => x.reconnectDocumented)) {
      expect(c.reconnect === 'no', `${c.code}`).toBe(noReconnect.includes(c.code));
    }
    expect(gatewayCloseCodes.filter((c) => c.reconnectDocumented).map((c) => c.code)).toEqual(
      expect.arrayContaining([
        4000, 4001, 4002, 4003, 4004, 4005, 4007, 4008, 4009, 4010, 4011, 4012, 4013, 4014,
      ]),
    );
  });

  it('tells voice clients not to reconnect after 4014, 4021 and 4022', () => {
    for (const code of [4014, 4021, 4022])
      expect(voiceCloseCodes.find((c) => c.code === code)?.reconnect, `${code}`).toBe('no');
  });

  it("retries with backoff exactly where Discord's advice says so, and after retry_after on 429", () => {
    const retry = (code: number | string) => discordHttpStatusCodes.find((c) => c.code === code)?.retry;
    for (const code of [502, 504, 507, 522, 523, 524]) expect(retry(code), `${code}`).toBe('with-backoff');
    expect(retry(429)).toBe('after-retry-after');
    expect(retry(400)).toBe('no');
  });

  it('links every Discord HTTP entry to an existing general HTTP entry with the same status', () => {
    const site = getSite();
    for (const c of discordHttpStatusCodes) {
      const link = site.link(c.http, { file: 'test', entry: String(c.code) });
      expect(link.table).toBe('http/status-codes');
      expect(link.anchor).toBe(c.code === '5xx' ? '500' : String(c.code));
    }
  });

  it('has every JSON error code: the official table and the observed ones (about 840)', () => {
    expect(jsonErrorCodes.length).toBeGreaterThanOrEqual(839);
    const byCode = new Map(jsonErrorCodes.map((e) => [e.code, e]));
    expect(byCode.get(50_035)?.name).toMatch(/invalid form body/i);
    expect(byCode.get(10_003)?.name).toMatch(/unknown channel/i);
    expect(jsonErrorCodes.filter((e) => e.source !== 'observed').length).toBeGreaterThanOrEqual(240);
    expect(jsonErrorCodes.map((e) => e.code)).toEqual(
      [...jsonErrorCodes.map((e) => e.code)].sort((a, b) => a - b),
    );
  });
});

// Discord's official RPC tables: discord/discord-api-docs, developers/topics/opcodes-and-status-codes.mdx
// at c98d64bc (2026-08-06).
const officialRpcErrors = [
  1000, 4000, 4002, 4003, 4004, 4005, 4006, 4007, 4008, 4009, 4010, 5000, 5001, 5002, 5003, 5004,
];
const officialRpcClose = [4000, 4001, 4002, 4003, 4004, 4005];
// The community's RPC page: discord-userdoccers/discord-userdoccers, pages/topics/rpc.mdx at 3dc0ca92
// (2026-07-21), "RPC Errors" and "RPC Close Codes". Names only; struck-through rows listed apart.
const communityRpcErrors: Record<number, string> = {
  1000: 'UNKNOWN_ERROR',
  1001: 'SERVICE_UNAVAILABLE',
  1002: 'TRANSACTION_ABORTED',
  4000: 'INVALID_PAYLOAD',
  4002: 'INVALID_COMMAND',
  4003: 'INVALID_GUILD',
  4004: 'INVALID_EVENT',
  4005: 'INVALID_CHANNEL',
  4006: 'INVALID_PERMISSIONS',
  4007: 'INVALID_CLIENTID',
  4008: 'INVALID_ORIGIN',
  4009: 'INVALID_TOKEN',
  4010: 'INVALID_USER',
  4011: 'INVALID_INVITE',
  4012: 'INVALID_ACTIVITY_JOIN_REQUEST',
  4015: 'INVALID_ENTITLEMENT',
  4016: 'INVALID_GIFT_CODE',
  4017: 'INVALID_GUILD_TEMPLATE',
  4018: 'INVALID_SOUND',
  4019: 'INVALID_PROVIDER',
  4020: 'INVALID_CONNECTION_CALLBACK_STATE',
  4021: 'BAD_REQUEST_FOR_PROVIDER',
  5000: 'OAUTH2_ERROR',
  5001: 'SELECT_CHANNEL_TIMED_OUT',
  5002: 'GET_GUILD_TIMED_OUT',
  5003: 'SELECT_VOICE_FORCE_REQUIRED',
  5005: 'INVALID_ACTIVITY_SECRET',
  5006: 'NO_ELIGIBLE_ACTIVITY',
  5008: 'PURCHASE_CANCELED',
  5009: 'PURCHASE_ERROR',
  5010: 'UNAUTHORIZED_FOR_ACHIEVEMENT',
  5011: 'RATE_LIMITED',
  5012: 'UNAUTHORIZED_FOR_APPLICATION',
  5013: 'NO_CONNECTION_FOUND',
};
const communityStruckRpcErrors = [4013, 4014, 5004, 5007];
const communityRpcClose: Record<number, string> = {
  1000: 'CLOSE_NORMAL',
  1003: 'CLOSE_UNSUPPORTED',
  1006: 'CLOSE_ABNORMAL',
  4000: 'INVALID_CLIENTID',
  4001: 'INVALID_ORIGIN',
  4002: 'RATELIMITED',
  4003: 'TOKEN_REVOKED',
  4004: 'INVALID_VERSION',
  4005: 'INVALID_ENCODING',
};

describe.each([
  {
    table: 'RPC error codes',
    entries: rpcErrorCodes as readonly DiscordRpcCodeEntry[],
    official: officialRpcErrors,
    community: communityRpcErrors,
  },
  {
    table: 'RPC close codes',
    entries: rpcCloseCodes as readonly DiscordRpcCodeEntry[],
    official: officialRpcClose,
    community: communityRpcClose,
  },
])('Discord $table', ({ entries, official, community }) => {
  const communityOnly = Object.keys(community)
    .map(Number)
    .filter((code) => !official.includes(code));

  it("has every code of Discord's table and every code the community lists as current, in order", () => {
    const expected = [...new Set([...official, ...communityOnly])].sort((a, b) => a - b);
    expect(entries.map((e) => e.code)).toEqual(expected);
  });

  it("marks exactly the codes missing from Discord's table as community-documented, under the community's names", () => {
    for (const e of entries) {
      const isCommunity = communityOnly.includes(e.code);
      expect(e.source ?? 'official', `${e.code}`).toBe(isCommunity ? 'community' : 'official');
      if (isCommunity) expect(e.name, `${e.code}`).toBe(community[e.code]);
    }
  });
});

describe('Discord RPC codes the sources disagree on', () => {
  it('keeps 5004, which Discord still lists, and says that the community strikes it through', () => {
    const captureShortcut = rpcErrorCodes.find((c) => c.code === 5004)!;
    expect(communityStruckRpcErrors).toContain(5004);
    expect(
      (captureShortcut.notes ?? []).some(
        (n) => n.kind === 'disagreement' && /strikes it through/.test(n.text.en),
      ),
    ).toBe(true);
  });

  it('leaves out the lobby codes only the community lists, struck through, and names them on the page', () => {
    const codes = rpcErrorCodes.map((c) => c.code);
    for (const code of [4013, 4014, 5007]) expect(codes).not.toContain(code);
    const section = rpcErrorMeta.sections.find((s) => s.id === 'community-documented-codes')!;
    for (const name of ['INVALID_LOBBY', 'INVALID_LOBBY_SECRET', 'LOBBY_FULL'])
      expect(section.body.en.join(' ')).toContain(name);
  });
});

describe('Discord facts checked against their sources', () => {
  const texts = (t: { readonly en: string | readonly string[]; readonly es: string | readonly string[] }) =>
    [t.en, t.es].flat().join(' ');

  it('voice opcode 32 says what the community docs say: no RTC route, sent with an empty payload', () => {
    const noRoute = voiceOpcodes.find((o) => o.code === 32)!;
    expect(noRoute.description.en).toMatch(/no RTC route was available/);
    expect(noRoute.description.en).toContain('`{}`');
    expect(texts(noRoute.description)).not.toMatch(/no description|sin describir/);
  });

  it('opcode 9 no longer presents the 1-to-5-second wait as current advice (removed from Discord’s docs in 2022)', () => {
    const invalidSession = gatewayOpcodes.find((o) => o.code === 9)!;
    expect(texts(invalidSession.description)).not.toMatch(/1 to 5|1 y 5/);
    const history = (invalidSession.notes ?? []).map((n) => texts(n.text)).join(' ');
    expect(history).toMatch(/1 to 5 seconds/);
    expect(history).toContain('2022');
  });

  it('Gateway close 4005 marks resuming as inferred advice and does not claim the first session survives', () => {
    const already = gatewayCloseCodes.find((c) => c.code === 4005)!;
    expect(already.reconnectDocumented).toBe(true); // Discord documents "reconnect: true", nothing more
    expect(already.description.en).toContain('(inferred advice)');
    expect(already.description.es).toContain('(recomendación deducida)');
    expect(texts(already.description)).not.toMatch(/still valid|sigue siendo válida/);
  });

  it('voice close 4014 credits the wait to the discord.js guide, not to @discordjs/voice', () => {
    const disconnected = voiceCloseCodes.find((c) => c.code === 4014)!;
    expect(texts(disconnected.description)).not.toMatch(/@discordjs\/voice (waits|esperan?)/);
    expect(disconnected.description.en).toMatch(/discord\.js guide suggests waiting up to 5 seconds/);
    expect(voiceCloseMeta.sources.map((s) => s.url)).toContain(
      'https://discordjs.guide/voice/voice-connections.html#handling-disconnects',
    );
  });
});

describe("the community's anti-abuse warning (a 403 with JSON code 10008)", () => {
  it('is on the JSON error 10008 and on the Discord 403 entry', () => {
    const unknownMessage = jsonErrorCodes.find((e) => e.code === 10_008)!;
    const forbidden = discordHttpStatusCodes.find((e) => e.code === 403)!;
    for (const entry of [unknownMessage, forbidden]) {
      const warning = (entry.notes ?? []).find((n) => /anti-abuse/.test([n.text.en].flat().join(' ')));
      expect(warning?.kind, `${entry.code}`).toBe('caution');
      expect([warning!.text.en].flat().join(' ')).toMatch(/403/);
      expect([warning!.text.es].flat().join(' ')).toMatch(/antiabuso/);
    }
  });
});
