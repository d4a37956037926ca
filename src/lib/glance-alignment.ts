/**
 * The glance table of a table in ranges (the HTTP status codes: 87 rows, 5,700 px tall on a
 * phone) is one table per range, so that the ranges off screen skip layout at load like the
 * cards below them (`content-visibility`, entries.css): laid out at once, its rows were most
 * of the largest task of the HTTP page's load, which Lighthouse's simulated phone counts as
 * blocking time four times over (BENCHMARKS.md, "2026-12-01, evening").
 *
 * Separate tables size their columns separately, from their own cells, and would not line
 * up. So every range's table gets the same sizer row: the longest cells of each column,
 * drawn from all the ranges, in a row that keeps its say in the column widths but takes no
 * height (`visibility: collapse`). Each table then has the same widest content in each
 * column, and the browser gives each the same columns (tests/browser/glance.test.ts
 * measures them). The row is hidden from assistive technology and from search, and holds
 * no links.
 */
import { textBlocks } from './placeholder-height.ts';

/** Marks the sizer row: entries.css collapses it. (The filters know it by its `aria-hidden`.) */
export const sizerClass = 'glance-sizer';

/** How many of each column's longest cells the sizer holds, one per line. */
const candidates = 3;

const tablePattern = /<table\b[^>]*>[\s\S]*?<\/table>/g;
const bodyRow = /<tr\b[^>]*>([\s\S]*?)<\/tr>/g;
const cellPattern = /<(th|td)\b([^>]*)>([\s\S]*?)<\/\1>/g;

interface Cell {
  readonly tag: 'th' | 'td';
  readonly attributes: string;
  readonly content: string;
}

/** The cells of each row in a table's body, in order. */
function bodyRows(table: string): Cell[][] {
  const start = table.indexOf('<tbody');
  const end = table.lastIndexOf('</tbody>');
  if (start < 0 || end < start) return [];
  return [...table.slice(start, end).matchAll(bodyRow)].map(([, cells]) =>
    [...cells!.matchAll(cellPattern)].map(([, tag, attributes, content]) => ({
      tag: tag as Cell['tag'],
      attributes: attributes!,
      content: content!,
    })),
  );
}

const plainText = (html: string) => textBlocks(html).join(' ');

/** A cell's links as plain spans: the same text at the same width, nothing to focus or follow. */
const withoutLinks = (html: string) => html.replace(/<a\b[^>]*>/g, '<span>').replace(/<\/a>/g, '</span>');

/**
 * The sizer row for `tables`: for each column, its longest cells across every table's body,
 * by their text, one per line, each kept whole (badges and all) so that it takes the room the
 * cell does, in a cell of the same kind and attributes as the longest (a bold row header, a
 * toned value).
 */
export function sizerRow(tables: readonly string[]): string {
  const rows = tables.flatMap(bodyRows);
  const columns = Math.max(0, ...rows.map((cells) => cells.length));
  const cells = Array.from({ length: columns }, (_, j) => {
    // Each distinct cell once, with the length of its text, measured once.
    const distinct = new Map(
      rows.flatMap((cells) => (cells[j] ? [[cells[j].content, cells[j]] as const] : [])),
    );
    const longest = [...distinct.values()]
      .map((cell) => ({ cell, length: plainText(cell.content).length }))
      .filter(({ length }) => length > 0)
      .sort((a, b) => b.length - a.length)
      .slice(0, candidates)
      .map(({ cell }) => cell);
    const first = longest[0] ?? { tag: 'td', attributes: '' };
    const lines = longest.map((c) => withoutLinks(c.content)).join('<br>');
    return `<${first.tag}${first.attributes}>${lines}</${first.tag}>`;
  });
  return `<tr class="${sizerClass}" aria-hidden="true" data-pagefind-ignore>${cells.join('')}</tr>`;
}

export interface AlignedTable {
  /** The table as rendered: what its placeholder height is estimated from. */
  readonly table: string;
  /** The table with the sizer row at the end of its body. */
  readonly aligned: string;
}

/**
 * The tables in `html` (the glance tables of a table's ranges, as rendered), each also with
 * the sizer row of all of them at the end of its body.
 */
export function alignedTables(html: string): AlignedTable[] {
  const tables = html.match(tablePattern) ?? [];
  const sizer = sizerRow(tables);
  return tables.map((table) => {
    const end = table.lastIndexOf('</tbody>');
    if (end < 0) throw new Error('A glance table has no <tbody>: its columns cannot be aligned.');
    return { table, aligned: table.slice(0, end) + sizer + table.slice(end) };
  });
}
