/**
 * One vocabulary per language: every text of every table (meta, entries, groups,
 * extra page parts), every Spanish entry name and every UI string follows the
 * rules of src/lib/glossary.ts, which docs/glossary.md explains.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkFirstMention,
  checkText,
  countStyle,
  exempt,
  firstMentions,
  glossary,
  styleLimits,
  type GlossaryRule,
  type Language,
} from '../../src/lib/glossary.ts';
import { tables } from '../../src/tables/registry.ts';
import { everyText, type Located } from '../support/every-text.ts';

const report = (l: Located, rules?: readonly GlossaryRule[]) =>
  checkText(l.text, l.language, l.table, rules).map(
    (v) =>
      `${l.file} · ${l.where} · ${l.path} (${l.language}): «${v.found}» → ${v.rule.suggest} [${v.rule.id}] …${v.context}…`,
  );

describe('the glossary rules', () => {
  const one = (id: string) => glossary.filter((r) => r.id === id);
  // A rule limited to some sections is tried on a Discord page unless a case names another table.
  const found = (text: string, language: Language, id: string, table = 'discord/json-error-codes') =>
    checkText(text, language, table, one(id)).map((v) => v.found);

  it('have unique ids, and flag what each rejects (a bad sample per rule)', () => {
    expect(new Set(glossary.map((r) => r.id)).size).toBe(glossary.length);
    const bad: Record<string, [Language, string]> = {
      solicitud: ['es', 'Repite la petición; las peticiones fallan.'],
      'limite-de-velocidad': ['es', 'Superaste el límite de velocidad.'],
      'rate-limit': ['es', 'Te aplicó un rate limit.'],
      biblioteca: ['es', 'Actualiza tu librería.'],
      'token-de-acceso': ['es', 'Envía el access token.'],
      'token-de-actualizacion': ['es', 'Renuévalo con el refresh token.'],
      trama: ['es', 'El frame de cierre.'],
      'panel-de-sonidos': ['es', 'Los sonidos de la soundboard.'],
      'el-rfc': ['es', 'Como define la RFC 9110.'],
      'portal-de-desarrolladores': ['es', 'Cópialo del Developer Portal.'],
      comillas: ['es', 'El mensaje dice "Unknown guild".'],
      servidor: ['es', 'El gremio no existe.'],
      'us-our': ['en', 'The behaviour is odd.'],
      'us-ize': ['en', 'It does not recognise the opcode.'],
      'us-canceled': ['en', 'The call was cancelled.'],
      'us-fulfill': ['en', 'It cannot fulfil the request.'],
      'us-other': ['en', 'It counts towards the limit.'],
      guild: ['en', "The server's boost level is too low."],
      'no-contractions': ['en', "Don't retry: it isn't transient."],
    };
    expect(Object.keys(bad).sort()).toEqual(glossary.map((r) => r.id).sort());
    for (const [id, [language, text]] of Object.entries(bad))
      expect(found(text, language, id), `${id}: ${text}`).not.toEqual([]);
  });

  it('report the file, entry, path, word and suggestion', () => {
    const [message] = report(
      {
        file: 'content/x.ts',
        where: '429 Too Many Requests',
        path: 'description',
        language: 'es',
        text: 'Repite la petición.',
      },
      one('solicitud'),
    );
    expect(message).toMatch(
      /^content\/x\.ts · 429 Too Many Requests · description \(es\): «petición» → solicitud/,
    );
  });

  it('leave inline code, identifiers and quoted messages alone', () => {
    expect(found('El campo `peticion_id` y la constante PETICION_X.', 'es', 'solicitud')).toEqual([]);
    expect(found('Compara con `CANCELLED` y CANCELLED_CALL.', 'en', 'us-canceled')).toEqual([]);
    expect(found('The message says "We\'ve sent you an email".', 'en', 'no-contractions')).toEqual([]);
    expect(found('El mensaje dice «rate limit exceeded».', 'es', 'rate-limit')).toEqual([]);
    expect(found('Envía `protocol: "udp"`.', 'es', 'comillas')).toEqual([]);
    // …but a Spanish word is still wrong inside Spanish quotes.
    expect(found('Trátalo como «petición rechazada».', 'es', 'solicitud')).toEqual(['petición']);
  });

  it('say guild for the Discord object on every Discord page, but leave machines, products and other sections alone', () => {
    expect(found('Ask the server owner.', 'en', 'guild')).toEqual(['server']);
    const rpc = 'discord/rpc-error-codes';
    expect(found('Nothing is wrong with your server.', 'en', 'guild', rpc)).toEqual(['server']);
    expect(found("It opens a server invite, or plays a server's sound.", 'en', 'guild', rpc)).toEqual([
      'server',
      "server's",
    ]);
    // A machine is named as one: a bare "the server" reads as a guild.
    expect(found('The server answers with Resumed.', 'en', 'guild', 'discord/voice-opcodes')).toEqual([
      'server',
    ]);
    expect(
      found("The RPC server closed it; the voice server and Discord's servers are fine.", 'en', 'guild', rpc),
    ).toEqual([]);
    expect(found('The voice server, Server Discovery and the server settings.', 'en', 'guild')).toEqual([]);
    expect(found('The server owner.', 'en', 'guild', 'http/status-codes')).toEqual([]);
  });

  it('accept the English term once, in brackets after the Spanish one', () => {
    expect(found('Superaste el límite de solicitudes (rate limit).', 'es', 'rate-limit')).toEqual([]);
    expect(found('Envía el token de acceso (access token).', 'es', 'token-de-acceso')).toEqual([]);
  });

  it('want «límite de solicitudes (rate limit)» the first time a text names the rate limit', () => {
    const [rule] = firstMentions;
    const flagged = (...paragraphs: string[]) => checkFirstMention(paragraphs, rule!)?.found;
    expect(flagged('Superaste el límite de solicitudes.')).toBe('límite de solicitudes');
    // The gloss belongs to the first mention, even when the first is in an earlier paragraph.
    expect(flagged('Un límite de solicitudes.', 'El límite de solicitudes (rate limit).')).toBeDefined();
    expect(
      flagged('Los límites de solicitudes (rate limits), y luego el límite de solicitudes.'),
    ).toBeUndefined();
    // The invalid request limit is another limit; code and quotes are left alone.
    expect(flagged('El límite de solicitudes inválidas de Discord.')).toBeUndefined();
    expect(flagged('El mensaje «límite de solicitudes superado» y `límite de solicitudes`.')).toBeUndefined();
  });

  it('count a style limit outside code and quotes, and fail a text that overuses it', () => {
    const [limit] = styleLimits;
    const n = countStyle('Falla, así que reintenta; así que espera. `así que` «así que»', limit!);
    expect(n).toBe(2);
    expect(n).toBeGreaterThan(limit!.maxPerText);
  });

  it('match whole words, with accents (JavaScript’s \\b would not)', () => {
    expect(found('Peticiones y petición.', 'es', 'solicitud')).toEqual(['Peticiones', 'petición']);
    expect(found('Una competición.', 'es', 'solicitud')).toEqual([]);
    expect(exempt('a `b` c', 'en', true)).toBe('a     c');
  });
});

describe('every text', () => {
  const texts = everyText();

  it('reaches every table, the UI strings and the Spanish names', () => {
    expect(new Set(texts.map((t) => t.table)).size).toBe(tables.length + 1);
    expect(texts.some((t) => t.path === 'nameEs')).toBe(true);
    expect(texts.length).toBeGreaterThan(3000);
  });

  it('follows the glossary', () => {
    expect(texts.flatMap((t) => report(t))).toEqual([]);
  });

  it.each(firstMentions.map((r) => [r.id, r] as const))('follows %s', (_id, rule) => {
    // Spanish entry names are titles that follow the wire name ("4008 Rate limited · Límite de
    // solicitudes excedido"), so the English term is already there.
    const fields = Map.groupBy(
      texts.filter((t) => t.language === rule.language && t.path !== 'nameEs'),
      (t) => `${t.file} · ${t.where} · ${t.path}`,
    );
    const missing = [...fields].flatMap(([field, paragraphs]) => {
      const v = checkFirstMention(
        paragraphs.map((t) => t.text),
        rule,
      );
      return v ? [`${field}: «${v.found}» → ${rule.suggest} [${rule.id}] …${v.context}…`] : [];
    });
    expect(missing).toEqual([]);
  });

  it.each(styleLimits.map((l) => [l.id, l] as const))('keeps %s within its limits', (_id, limit) => {
    const mine = texts.filter((t) => t.language === limit.language);
    const counted = mine.map((t) => ({ t, n: countStyle(t.text, limit) }));
    const tooMany = counted
      .filter(({ n }) => n > limit.maxPerText)
      .map(({ t, n }) => `${t.file} · ${t.where} · ${t.path}: ${n} times; use ${limit.suggest}`);
    expect(tooMany).toEqual([]);
    const total = counted.reduce((sum, { n }) => sum + n, 0);
    expect(total, `${total} in ${mine.length} paragraphs; use ${limit.suggest}`).toBeLessThanOrEqual(
      Math.floor(mine.length * limit.maxShare),
    );
  });
});

describe('docs/glossary.md', () => {
  it('names the chosen term of every rule', () => {
    const doc = readFileSync('docs/glossary.md', 'utf8');
    for (const r of [...glossary, ...firstMentions])
      expect(doc, r.id).toContain(r.suggest.split(' (')[0]!.split(' / ')[0]!);
  });
});
