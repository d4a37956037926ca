/** /api/v1/schema/<section>/<table>/entry.json: the JSON Schema of a table's single-entry files. */
import type { APIRoute } from 'astro';
import { entryFileSchema, entrySchemaPath, publishedSchema } from '../../../../../../lib/api-export.ts';
import { tablePaths, type TableProps } from '../../../../../../lib/api-routes.ts';
import { getSite } from '../../../../../../tables/registry.ts';

export const getStaticPaths = tablePaths;

export const GET: APIRoute<TableProps> = ({ props, site }) => {
  const table = getSite().table(props.tableId);
  return Response.json(
    publishedSchema(
      entryFileSchema(table),
      entrySchemaPath(table),
      site!,
      `One ${table.meta.title.en} entry (export v1)`,
    ),
  );
};
