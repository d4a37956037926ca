/** The static paths of the export's routes: one per table, or one per entry of every table. */
import { getSite } from '../tables/registry.ts';
import type { TableId } from '../tables/types.ts';

export interface TableProps {
  readonly tableId: TableId;
}

export interface EntryProps extends TableProps {
  readonly anchor: string;
}

export function tablePaths() {
  return getSite().tables.map((t) => {
    const [section, table] = t.id.split('/');
    return { params: { section, table }, props: { tableId: t.id } satisfies TableProps };
  });
}

export function entryPaths() {
  const site = getSite();
  return site.tables.flatMap((t) => {
    const [section, table] = t.id.split('/');
    return site.entries(t.id).map(({ anchor }) => ({
      params: { section, table, anchor: anchor.id },
      props: { tableId: t.id, anchor: anchor.id } satisfies EntryProps,
    }));
  });
}
