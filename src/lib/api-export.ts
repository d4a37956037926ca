/**
 * The machine-readable export, from the same data and anchors as the pages:
 * - /api/v1/index.json lists the tables;
 * - /api/v1/<section>/<table>.json holds every entry of a table;
 * - /api/v1/<section>/<table>/<anchor>.json holds one entry;
 * - /api/v1/schema/<section>/<table>.json and …/<table>/entry.json are their JSON Schemas.
 * Every entry has the common fields below plus its table's own (`export.schema` in the
 * table definition); both are checked against the schema as the export is built.
 */
import { z } from 'astro/zod';
import { proseToMarkup } from './prose.ts';
import type { AnchoredEntry, SiteIndex } from './site-index.ts';
import { entryHref, tableHref } from './urls.ts';
import type { Prose } from '../schema/text.ts';
import type { TableDefinition } from '../tables/types.ts';

export const apiVersion = 'v1';

export const apiPath = (table: TableDefinition): string => `/api/${apiVersion}/${table.id}.json`;
export const entryApiPath = (table: TableDefinition, anchor: string): string =>
  `/api/${apiVersion}/${table.id}/${anchor}.json`;
export const indexSchemaPath = `/api/${apiVersion}/schema/index.json`;
export const schemaPath = (table: TableDefinition): string => `/api/${apiVersion}/schema/${table.id}.json`;
export const entrySchemaPath = (table: TableDefinition): string =>
  `/api/${apiVersion}/schema/${table.id}/entry.json`;

const text = z.object({ en: z.string(), es: z.string() }).strict();
const markupText = text.describe(
  'Paragraphs separated by a blank line ("\\n\\n"); `backticks` mark inline code. Nothing else is markup.',
);

/** The fields every entry of every table has. */
const commonEntryFields = z.object({
  code: z.union([z.number().int(), z.string()]).describe('The code ("5xx" for a class row).'),
  name: z.string().describe('The name as the source spells it (constant, reason phrase, message).'),
  nameEs: z.string().nullable().describe('The name shown on the Spanish pages, where Spanish has one.'),
  nameKept: z
    .enum(['payload', 'identifier', 'proper-noun'])
    .nullable()
    .describe('Why the name is not translated, where it is not.'),
  otherNames: z
    .object({
      former: z.array(z.object({ name: z.string(), changed: text })),
      en: z.array(z.string()),
      es: z.array(z.string()),
    })
    .describe('Former names (with when they changed), other spellings and the words people use.'),
  anchor: z.string().describe('The fragment of the entry on its page, the same in both languages.'),
  aliases: z.array(z.string()).describe('Other fragments that land on the entry (#5 for NOT_FOUND).'),
  url: z.string().describe('The entry on the English page; /es/ in front of the path gives the Spanish one.'),
  description: markupText,
  notes: z.array(z.object({ kind: z.enum(['disagreement', 'caution', 'info']), text: markupText })),
  provenance: z.object({
    kind: z.enum(['official', 'community', 'vendor']),
    source: z.string(),
  }),
  identifiers: z
    .array(
      z
        .object({
          library: z.string().describe('The library id: go-grpc, python-http, discord-api-types…'),
          language: z.string(),
          name: z.string(),
          version: z.string().describe('The version the identifiers were read from.'),
          identifier: z.string().nullable().describe('null: the library names every code but this one.'),
          also: z.array(z.string()).describe('Older or alternative identifiers for the same code.'),
        })
        .strict(),
    )
    .describe('How libraries name the entry in code.'),
});

const entrySchemas = new WeakMap<TableDefinition, ReturnType<typeof buildEntrySchema>>();

const buildEntrySchema = (table: TableDefinition) =>
  commonEntryFields.extend(table.export.schema.shape).strict();

/** The schema of one entry of a table: the common fields and the table's own, nothing else. */
export function entrySchema(table: TableDefinition) {
  let schema = entrySchemas.get(table);
  if (!schema) entrySchemas.set(table, (schema = buildEntrySchema(table)));
  return schema;
}

/** The schema of a table's file. */
export function tableFileSchema(table: TableDefinition) {
  return z
    .object({
      id: z.literal(table.id),
      title: text,
      url: z.string(),
      sources: z.array(z.object({ label: z.string(), url: z.string() })),
      entries: z.array(entrySchema(table)),
    })
    .strict();
}

/** The schema of a single-entry file: the entry, and the table it belongs to. */
export function entryFileSchema(table: TableDefinition) {
  return entrySchema(table)
    .extend({ table: z.literal(table.id) })
    .strict();
}

/** A schema as published JSON Schema, with its own URL as `$id`. */
export function publishedSchema(schema: z.ZodType, path: string, origin: URL, title: string) {
  return { ...z.toJSONSchema(schema), $id: new URL(path, origin).href, title };
}

/** A text in the export's markup: paragraphs separated by a blank line, `backticks` for code. */
const markup = (p: Prose) => ({ en: proseToMarkup(p.en), es: proseToMarkup(p.es) });

function exportEntry(table: TableDefinition, { entry, anchor }: AnchoredEntry, site: SiteIndex, origin: URL) {
  const value = {
    code: entry.code,
    name: entry.name,
    nameEs: typeof entry.nameEs === 'string' ? entry.nameEs : null,
    nameKept: typeof entry.nameEs === 'object' ? entry.nameEs.kept : null,
    otherNames: {
      former: entry.aliases?.former ?? [],
      en: entry.aliases?.en ?? [],
      es: entry.aliases?.es ?? [],
    },
    anchor: anchor.id,
    aliases: anchor.aliases,
    url: new URL(entryHref('en', { table: table.id, anchor: anchor.id }), origin).href,
    description: markup(entry.description),
    notes: (entry.notes ?? []).map((n) => ({ kind: n.kind, text: markup(n.text) })),
    provenance: table.provenance(entry),
    identifiers: site.identifiers(table.id, entry).map((i) => ({
      library: i.library.id,
      language: i.library.language,
      name: i.library.name,
      version: i.library.version,
      identifier: i.identifier,
      also: [...i.also],
    })),
    ...table.export.facts(entry, site),
  };
  // A field the schema does not declare (or of the wrong shape) stops the build, naming the entry.
  const checked = entrySchema(table).safeParse(value);
  if (!checked.success) {
    throw new Error(
      `The export of ${table.id} entry ${String(entry.code)} does not match its schema ` +
        `(fix export.schema or export.facts in its table definition):\n${z.prettifyError(checked.error)}`,
    );
  }
  return value;
}

export function exportTable(table: TableDefinition, site: SiteIndex, origin: URL) {
  return {
    id: table.id,
    title: table.meta.title,
    url: new URL(tableHref('en', table.id), origin).href,
    sources: table.meta.sources,
    entries: site.entries(table.id).map((e) => exportEntry(table, e, site, origin)),
  };
}

export function exportEntryFile(
  table: TableDefinition,
  anchored: AnchoredEntry,
  site: SiteIndex,
  origin: URL,
) {
  return { table: table.id, ...exportEntry(table, anchored, site, origin) };
}

export function exportIndex(site: SiteIndex, origin: URL) {
  return {
    $schema: new URL(indexSchemaPath, origin).href,
    version: apiVersion,
    tables: site.tables.map((t) => ({
      id: t.id,
      title: t.meta.title,
      entries: t.entries.length,
      url: new URL(tableHref('en', t.id), origin).href,
      json: new URL(apiPath(t), origin).href,
      schema: new URL(schemaPath(t), origin).href,
      // A URL template: `{anchor}` is the entry's `anchor` (RFC 6570 style, so not percent-encoded).
      entryJson: `${new URL(`/api/${apiVersion}/${t.id}/`, origin).href}{anchor}.json`,
      entrySchema: new URL(entrySchemaPath(t), origin).href,
    })),
  };
}

/** The schema of /api/v1/index.json. */
export const indexFileSchema = z
  .object({
    $schema: z.string(),
    version: z.literal(apiVersion),
    tables: z.array(
      z
        .object({
          id: z.string(),
          title: text,
          entries: z.number().int(),
          url: z.string(),
          json: z.string(),
          schema: z.string(),
          entryJson: z.string().describe("A URL template: replace {anchor} with an entry's anchor."),
          entrySchema: z.string(),
        })
        .strict(),
    ),
  })
  .strict();
