import { describe, expect, it } from 'vitest';
import * as websocket from '../../content/websocket/close-codes.ts';
import * as http2 from '../../content/http2/error-codes.ts';
import * as mappings from '../../content/grpc/http-mappings.ts';
import { checkTexts } from '../../src/lib/validate.ts';
import { findTexts } from '../../src/lib/texts.ts';
import { paragraphsOf } from '../../src/lib/prose.ts';
import type { TableDefinition } from '../../src/tables/types.ts';
import type { EntryBase } from '../../src/schema/entries.ts';

// The three tables are not registered yet, so the build does not check them: run the same
// text checks the build runs on registered tables, on their data and on their meta.
const tables = [
  { file: 'content/websocket/close-codes.ts', meta: websocket.meta, entries: websocket.webSocketCloseCodes },
  { file: 'content/http2/error-codes.ts', meta: http2.meta, entries: http2.http2ErrorCodes },
  { file: 'content/grpc/http-mappings.ts', meta: mappings.meta, entries: mappings.grpcHttpMappings },
] as const;

/** Everything else these files export that holds bilingual text. */
const extras = [
  websocket.closeCodeRanges,
  websocket.discordRelation,
  mappings.mappingImplementations,
  mappings.httpToGrpcClients,
];

describe('the texts of the WebSocket, HTTP/2 and gRPC ↔ HTTP tables', () => {
  it('pass the build’s text checks: both languages written, translated, one paragraph per string', () => {
    for (const t of tables) {
      const errors = checkTexts(t as unknown as TableDefinition).map((e) => e.message);
      expect(errors, t.file).toEqual([]);
    }
    for (const value of extras) {
      for (const text of findTexts(value)) {
        for (const p of [...paragraphsOf(text.en), ...paragraphsOf(text.es)])
          expect(p, text.path).not.toContain('\n');
        expect(paragraphsOf(text.es), text.path).not.toEqual(paragraphsOf(text.en));
      }
    }
  });

  it('give every entry a Spanish name and a description in both languages', () => {
    for (const t of tables) {
      for (const e of t.entries as readonly EntryBase[]) {
        expect(typeof e.nameEs, `${t.file} ${e.code}`).toBe('string');
        expect(paragraphsOf(e.description.en).length, `${t.file} ${e.code}`).toBeGreaterThan(0);
        expect(paragraphsOf(e.description.es).length, `${t.file} ${e.code}`).toBeGreaterThan(0);
      }
    }
  });

  it('use the project’s Spanish vocabulary («solicitud», «biblioteca», «trama»)', () => {
    const spanish = [...tables, ...extras].flatMap((value) =>
      findTexts(value).flatMap((t) => paragraphsOf(t.es).map((p) => ({ path: t.path, p }))),
    );
    for (const { path, p } of spanish) {
      expect(p, path).not.toMatch(/\bpetici[oó]n(es)?\b/i);
      expect(p, path).not.toMatch(/\blibrer[ií]as?\b/i);
      expect(p, path).not.toMatch(/\bframes?\b/);
    }
  });
});
