/** Site-relative URLs of tables and entries, per locale. */
import { localePath, type Locale } from './locales.ts';
import type { EntryLink, TableId } from '../tables/types.ts';

/** `/grpc/status-codes/`, `/es/grpc/status-codes/`. */
export function tableHref(locale: Locale, table: TableId): string {
  return localePath(locale, `/${table}/`);
}

/** `/http/status-codes/#404` in the given locale. */
export function entryHref(locale: Locale, link: Pick<EntryLink, 'table' | 'anchor'>): string {
  return `${tableHref(locale, link.table)}#${link.anchor}`;
}
