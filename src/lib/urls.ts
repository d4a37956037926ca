/** Site-relative URLs of tables and entries, per locale, and the text of a link. */
import { localePath, type Locale } from './locales.ts';
import type { EntryLink, TableId } from '../tables/types.ts';

/** `/grpc/status-codes/`, `/es/grpc/status-codes/`. */
export function tableHref(locale: Locale, table: TableId): string {
  return localePath(locale, `/${table}/`);
}

/** `/http/status-codes/#404` in the given locale; the page itself for a link without an anchor. */
export function entryHref(locale: Locale, link: Pick<EntryLink, 'table' | 'anchor'>): string {
  const page = tableHref(locale, link.table);
  return link.anchor ? `${page}#${link.anchor}` : page;
}

/** A link's text in the given locale: an entry's label as is, a page's or section's title translated. */
export function linkText(locale: Locale, link: Pick<EntryLink, 'label'>): string {
  return typeof link.label === 'string' ? link.label : link.label[locale];
}
