import type { APIRoute, GetStaticPaths } from 'astro';
import { exportTable } from '../../../../lib/api-export.ts';
import { getSite, tables } from '../../../../tables/registry.ts';
import type { TableId } from '../../../../tables/types.ts';

export const getStaticPaths = (() =>
  tables.map((t) => {
    const [section, table] = t.id.split('/');
    return { params: { section, table }, props: { tableId: t.id } };
  })) satisfies GetStaticPaths;

export const GET: APIRoute<{ tableId: TableId }> = ({ props, site }) => {
  const s = getSite();
  return Response.json(exportTable(s.table(props.tableId), s, site!));
};
