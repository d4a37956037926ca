/** /api/v1/<section>/<table>.json: every entry of a table. */
import type { APIRoute } from 'astro';
import { exportTable } from '../../../../lib/api-export.ts';
import { tablePaths, type TableProps } from '../../../../lib/api-routes.ts';
import { getSite } from '../../../../tables/registry.ts';

export const getStaticPaths = tablePaths;

export const GET: APIRoute<TableProps> = ({ props, site }) => {
  const s = getSite();
  return Response.json(exportTable(s.table(props.tableId), s, site!));
};
