/** /api/v1/<section>/<table>/<anchor>.json: one entry, for tools that want a single code. */
import type { APIRoute } from 'astro';
import { exportEntryFile } from '../../../../../lib/api-export.ts';
import { entryPaths, type EntryProps } from '../../../../../lib/api-routes.ts';
import { getSite } from '../../../../../tables/registry.ts';

export const getStaticPaths = entryPaths;

export const GET: APIRoute<EntryProps> = ({ props, site }) => {
  const s = getSite();
  const anchored = s.entries(props.tableId).find((e) => e.anchor.id === props.anchor)!;
  return Response.json(exportEntryFile(s.table(props.tableId), anchored, s, site!));
};
