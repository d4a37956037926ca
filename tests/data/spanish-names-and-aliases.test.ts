import { describe, expect, it } from 'vitest';
import { gatewayCloseCodes } from '../../content/discord/gateway-close-codes.ts';
import { gatewayOpcodes } from '../../content/discord/gateway-opcodes.ts';
import { discordHttpStatusCodes } from '../../content/discord/http-status-codes.ts';
import { rpcCloseCodes } from '../../content/discord/rpc-close-codes.ts';
import { rpcErrorCodes } from '../../content/discord/rpc-error-codes.ts';
import { voiceCloseCodes } from '../../content/discord/voice-close-codes.ts';
import { voiceOpcodes } from '../../content/discord/voice-opcodes.ts';
import { grpcStatusCodes } from '../../content/grpc/status-codes.ts';
import { httpStatusCodes } from '../../content/http/status-codes.ts';
import type { EntryBase, HttpStatusCodeEntry } from '../../src/schema/entries.ts';
import {
  communityVoiceCloseCodeNames,
  communityVoiceOpcodeNames,
  gatewayEventsPageOpcodeNames,
  spanishSourceGatewayCloseCodeNames,
  spanishSourceVoiceCloseCodeNames,
  standardNamesOfDiscordHttpLabels,
} from '../fixtures/discord-names-other-sources.ts';

type Entries = readonly EntryBase[];

/** Every table whose entries have a Spanish name (Discord's JSON error codes are not among them yet). */
const tables: Record<string, Entries> = {
  'discord/gateway-opcodes': gatewayOpcodes,
  'discord/gateway-close-codes': gatewayCloseCodes,
  'discord/voice-opcodes': voiceOpcodes,
  'discord/voice-close-codes': voiceCloseCodes,
  'discord/http-status-codes': discordHttpStatusCodes,
  'discord/rpc-error-codes': rpcErrorCodes,
  'discord/rpc-close-codes': rpcCloseCodes,
  'grpc/status-codes': grpcStatusCodes,
  'http/status-codes': httpStatusCodes,
};
const opcodeTables = ['discord/gateway-opcodes', 'discord/voice-opcodes'];
const all = Object.entries(tables).flatMap(([table, entries]) => entries.map((e) => ({ table, e })));
const label = (table: string, e: EntryBase): string => `${table} ${e.code} ${e.name}`;

/** For comparisons: lower case, no surrounding space, no trailing period. */
const norm = (s: string): string => s.normalize('NFC').trim().replace(/\.$/, '').toLowerCase();
const spanishName = (e: EntryBase): string | undefined =>
  typeof e.nameEs === 'string' ? e.nameEs : undefined;

function entry(entries: Entries, code: number | string, name?: string): EntryBase {
  const found = entries.filter((e) => e.code === code && (name === undefined || e.name === name));
  expect(found, `exactly one entry ${code} ${name ?? ''}`).toHaveLength(1);
  return found[0]!;
}

/** The entry can be found by this Spanish text: it is its Spanish name, part of it, or a Spanish alias. */
function findableInSpanish(e: EntryBase, text: string): boolean {
  const es = spanishName(e);
  return (
    (es !== undefined && norm(es).includes(norm(text))) ||
    (e.aliases?.es ?? []).some((a) => norm(a) === norm(text))
  );
}

/** The entry can be found by this English text: it is its name, part of it, or an English alias. */
function findableInEnglish(e: EntryBase, text: string): boolean {
  return norm(e.name).includes(norm(text)) || (e.aliases?.en ?? []).some((a) => norm(a) === norm(text));
}

describe('Spanish names', () => {
  it('every entry of every table has one, or says why its name is kept', () => {
    for (const { table, e } of all) {
      const es = e.nameEs;
      if (typeof es === 'string') expect(es.trim(), label(table, e)).toBe(es);
      if (typeof es === 'string') expect(es.length, label(table, e)).toBeGreaterThan(0);
      else expect(['payload', 'identifier', 'proper-noun'], label(table, e)).toContain(es?.kept);
    }
  });

  it('is a translation, not the English name again', () => {
    for (const { table, e } of all) {
      const es = spanishName(e);
      if (es !== undefined) expect(norm(es), label(table, e)).not.toBe(norm(e.name));
    }
  });

  it('keeps the names of Discord opcodes, which name protocol payloads, and only those', () => {
    for (const { table, e } of all) {
      if (opcodeTables.includes(table)) expect(e.nameEs, label(table, e)).toEqual({ kept: 'payload' });
      else expect(typeof e.nameEs, label(table, e)).toBe('string');
    }
  });

  it("follows the project's vocabulary: «solicitud», «servidor» for guild, no straight quotes", () => {
    for (const { table, e } of all) {
      const es = spanishName(e) ?? '';
      expect(es, label(table, e)).not.toMatch(/petici[oó]n|gremio|["\n]/i);
    }
  });

  it('glosses gRPC codes in lower case', () => {
    for (const e of grpcStatusCodes as Entries) expect(spanishName(e), e.name).toMatch(/^[a-záéíóúñ]/);
  });

  it('gives the same English name the same Spanish name in every table (ignoring case: gRPC glosses are lower case)', () => {
    const byName = new Map<string, Set<string>>();
    for (const { e } of all) {
      const es = spanishName(e);
      if (es !== undefined) byName.set(norm(e.name), (byName.get(norm(e.name)) ?? new Set()).add(norm(es)));
    }
    for (const [name, spanish] of byName) expect([...spanish], name).toHaveLength(1);
  });

  it("translates Discord's HTTP rows like the general HTTP table", () => {
    for (const d of discordHttpStatusCodes as Entries) {
      const general = (httpStatusCodes as Entries).find((h) => h.name === d.name);
      if (general) expect(d.nameEs, `${d.code} ${d.name}`).toBe(general.nameEs);
    }
  });
});

describe('aliases', () => {
  it('are non-empty, trimmed, and repeat neither the name, the Spanish name nor each other', () => {
    for (const { table, e } of all) {
      const { former = [], en = [], es = [] } = e.aliases ?? {};
      const names = [...former.map((f) => f.name), ...en, ...es];
      for (const a of names) {
        expect(a.length, label(table, e)).toBeGreaterThan(0);
        expect(a.trim(), label(table, e)).toBe(a);
        expect(norm(a), `${label(table, e)}: alias «${a}»`).not.toBe(norm(e.name));
        expect(norm(a), `${label(table, e)}: alias «${a}»`).not.toBe(norm(spanishName(e) ?? ''));
      }
      expect(new Set(names.map(norm)).size, label(table, e)).toBe(names.length);
      if (e.aliases) expect(names.length, `${label(table, e)}: empty aliases`).toBeGreaterThan(0);
    }
  });

  it('say where and when each former name changed, in both languages', () => {
    for (const { table, e } of all) {
      for (const f of e.aliases?.former ?? []) {
        const where = `${label(table, e)}: ${f.name}`;
        expect(f.changed.en, where).toMatch(/RFC \d+ \(\d{4}/);
        expect(f.changed.es, where).toMatch(/RFC \d+ \(\d{4}/);
        expect(f.changed.es, where).not.toBe(f.changed.en);
      }
    }
  });

  it('keep the former HTTP reason phrases people still see in logs', () => {
    const former = (code: number) =>
      (
        (httpStatusCodes as readonly HttpStatusCodeEntry[]).find((e) => e.code === code)?.aliases?.former ??
        []
      ).map((f) => f.name);
    expect(former(413)).toEqual(expect.arrayContaining(['Payload Too Large', 'Request Entity Too Large']));
    expect(former(422)).toContain('Unprocessable Entity');
    expect(former(416)).toContain('Requested Range Not Satisfiable');
    expect(former(302)).toContain('Moved Temporarily');
  });

  it('date the renamings of 302, 413, 414, 416 and 422 to the RFC that made them', () => {
    const changed = (code: number, name: string): string | undefined =>
      entry(httpStatusCodes, code).aliases?.former?.find((f) => f.name === name)?.changed.en;
    expect(changed(302, 'Moved Temporarily')).toMatch(/until RFC 2616 \(1999\)/);
    expect(changed(413, 'Payload Too Large')).toMatch(/RFC 7231 \(2014\) until RFC 9110 \(2022\)/);
    expect(changed(413, 'Request Entity Too Large')).toMatch(/until RFC 7231 \(2014\)/);
    expect(changed(414, 'Request-URI Too Long')).toMatch(/until RFC 7231 \(2014\)/);
    expect(changed(416, 'Requested Range Not Satisfiable')).toMatch(/until RFC 7233 \(2014\)/);
    expect(changed(422, 'Unprocessable Entity')).toMatch(/RFC 2518 \(1999.*until RFC 9110 \(2022\)/);
  });
});

describe("other sources' names for Discord codes", () => {
  it("find every close code by the Spanish source's name for it", () => {
    for (const [code, name] of spanishSourceGatewayCloseCodeNames)
      expect(findableInSpanish(entry(gatewayCloseCodes, code), name), `Gateway ${code} «${name}»`).toBe(true);
    for (const [code, name] of spanishSourceVoiceCloseCodeNames)
      expect(findableInSpanish(entry(voiceCloseCodes, code), name), `Voice ${code} «${name}»`).toBe(true);
  });

  it("keep the Spanish source's «gremio» as an alias where it says guild", () => {
    expect(entry(gatewayOpcodes, 8).aliases?.es?.some((a) => a.includes('gremio'))).toBe(true);
  });

  it("find every entry by the names Discord's other pages and the community documentation use", () => {
    for (const [code, name] of gatewayEventsPageOpcodeNames)
      expect(findableInEnglish(entry(gatewayOpcodes, code), name), `Gateway opcode ${code} ${name}`).toBe(
        true,
      );
    for (const [code, name] of communityVoiceOpcodeNames) {
      const e = voiceOpcodes.find((o) => o.code === code && o.name !== 'Reset')!;
      expect(findableInEnglish(e, name), `Voice opcode ${code} ${name}`).toBe(true);
    }
    for (const [code, name] of communityVoiceCloseCodeNames)
      expect(findableInEnglish(entry(voiceCloseCodes, code), name), `Voice close ${code} ${name}`).toBe(true);
    for (const [code, name] of standardNamesOfDiscordHttpLabels)
      expect(findableInEnglish(entry(discordHttpStatusCodes, code), name), `HTTP ${code} ${name}`).toBe(true);
  });
});

describe('what readers type', () => {
  const esAliases = (e: EntryBase) => (e.aliases?.es ?? []).map(norm);
  const enAliases = (e: EntryBase) => (e.aliases?.en ?? []).map(norm);

  it('«latido», «identificar», «reanudar», «sesión inválida»: the Gateway and Voice opcodes', () => {
    expect(esAliases(entry(gatewayOpcodes, 1))).toContain('latido');
    expect(esAliases(entry(voiceOpcodes, 3))).toContain('latido');
    expect(esAliases(entry(gatewayOpcodes, 2))).toContain('identificar');
    expect(esAliases(entry(voiceOpcodes, 0))).toContain('identificar');
    expect(esAliases(entry(gatewayOpcodes, 6))).toContain('reanudar');
    expect(esAliases(entry(voiceOpcodes, 7))).toContain('reanudar');
    expect(esAliases(entry(gatewayOpcodes, 9))).toContain('sesión inválida');
    expect(esAliases(entry(gatewayOpcodes, 11))).toContain('confirmación de latido');
    expect(enAliases(entry(gatewayOpcodes, 11))).toContain('heartbeat acknowledgement');
    expect(enAliases(entry(voiceOpcodes, 11, 'Clients Connect'))).toContain('client connect');
  });

  it('«demasiadas solicitudes», «no encontrado»: the HTTP and gRPC names', () => {
    expect(entry(httpStatusCodes, 429).nameEs).toBe('Demasiadas solicitudes');
    expect(entry(discordHttpStatusCodes, 429).nameEs).toBe('Demasiadas solicitudes');
    expect(entry(httpStatusCodes, 404).nameEs).toBe('No encontrado');
    expect(entry(discordHttpStatusCodes, 404).nameEs).toBe('No encontrado');
    expect(entry(grpcStatusCodes, 5).nameEs).toBe('no encontrado');
    expect(entry(grpcStatusCodes, 8).nameEs).toBe('recurso agotado');
    expect(entry(grpcStatusCodes, 14).nameEs).toBe('no disponible');
    expect(entry(httpStatusCodes, 418).nameEs).toBe('Soy una tetera');
  });

  it('«autenticación», «intents no permitidos», «límite de velocidad»: the close codes', () => {
    expect(entry(gatewayCloseCodes, 4004).nameEs).toBe('Fallo de autenticación');
    expect(entry(voiceCloseCodes, 4004).nameEs).toBe('Fallo de autenticación');
    expect(entry(gatewayCloseCodes, 4014).nameEs).toBe('Intents no permitidos');
    expect(entry(gatewayCloseCodes, 4008).nameEs).toBe('Límite de solicitudes excedido');
    expect(esAliases(entry(gatewayCloseCodes, 4008))).toContain('límite de velocidad');
  });

  it('rate limit / límite de solicitudes: both 429s', () => {
    for (const e of [entry(httpStatusCodes, 429), entry(discordHttpStatusCodes, 429)]) {
      expect(enAliases(e)).toEqual(expect.arrayContaining(['rate limit', 'rate limited', 'throttled']));
      expect(esAliases(e)).toContain('límite de solicitudes');
    }
  });
});
