/** /api/v1/schema/<section>/<table>.json: the JSON Schema of a table's file. */
import type { APIRoute } from 'astro';
import { publishedSchema, schemaPath, tableFileSchema } from '../../../../../lib/api-export.ts';
import { tablePaths, type TableProps } from '../../../../../lib/api-routes.ts';
import { getSite } from '../../../../../tables/registry.ts';

export const getStaticPaths = tablePaths;

export const GET: APIRoute<TableProps> = ({ props, site }) => {
  const table = getSite().table(props.tableId);
  return Response.json(
    publishedSchema(tableFileSchema(table), schemaPath(table), site!, `${table.meta.title.en} (export v1)`),
  );
};
