/**
 * A two-column diagram (src/tables/types.ts, `TwoColumnDiagram`) laid out at build time,
 * and the same content as tables, its text alternative. Pure geometry: the component
 * only draws what this returns, and the tables come from the same edges as the lines.
 *
 * Text widths are estimated from the number of characters in a monospace font, which
 * is what the diagram uses; the viewBox grows with the longest label, so nothing is cut
 * in either language.
 */
import type { Locale } from './locales.ts';
import type { Cell, DataTable, DiagramNode, TwoColumnDiagram } from '../tables/types.ts';

/** Drawing units of the viewBox; one unit is one CSS pixel when the diagram is drawn at its natural size. */
export const metrics = {
  fontSize: 13,
  /** Monospace glyphs are about 0.6 em wide; a little more keeps a margin for wider fonts. */
  charWidth: 13 * 0.62,
  padding: 8,
  /** Room for the column titles above the first row. */
  titleHeight: 30,
  rowHeight: 26,
  /** Between a label and the end of its lines. */
  labelGap: 8,
  /** The horizontal run of the lines between the two columns. */
  linkWidth: 200,
  /** How far apart the series run where two of them join the same pair of nodes. */
  seriesOffset: 5,
} as const;

export interface PlacedNode {
  readonly id: string;
  readonly label: string;
  readonly y: number;
}

export interface PlacedColumn {
  readonly title: string;
  /** Where labels end (left column, `text-anchor: end`) or start (right column). */
  readonly textX: number;
  readonly anchor: 'end' | 'start';
  readonly nodes: readonly PlacedNode[];
}

export interface PlacedSeries {
  readonly line: 'solid' | 'dashed';
  /** One SVG path per edge, drawn from its origin, so that `marker-end` points its way. */
  readonly paths: readonly string[];
}

export interface DiagramLayout {
  readonly width: number;
  readonly height: number;
  /** The baseline of the column titles. */
  readonly titleY: number;
  readonly columns: readonly [PlacedColumn, PlacedColumn];
  readonly series: readonly PlacedSeries[];
}

/** A node's label in a language: codes as they are, translated texts in the page's language. */
export const nodeLabel = (node: DiagramNode, locale: Locale): string =>
  typeof node.label === 'string' ? node.label : node.label[locale];

const round = (n: number) => Math.round(n * 10) / 10;

/** Places every node and line. Throws if an edge names a node its column does not have. */
export function layoutDiagram(diagram: TwoColumnDiagram, locale: Locale): DiagramLayout {
  const m = metrics;
  const [left, right] = diagram.columns;
  const textWidth = (s: string) => s.length * m.charWidth;
  const widest = (column: typeof left) =>
    Math.max(textWidth(column.title[locale]), ...column.nodes.map((n) => textWidth(nodeLabel(n, locale))));

  const leftTextX = m.padding + widest(left);
  const x1 = leftTextX + m.labelGap;
  const x2 = x1 + m.linkWidth;
  const rightTextX = x2 + m.labelGap;
  const width = rightTextX + widest(right) + m.padding;

  // Both columns span the height of the longer one, each spreading its rows evenly.
  const rows = Math.max(left.nodes.length, right.nodes.length);
  const span = (rows - 1) * m.rowHeight;
  const top = m.padding + m.titleHeight + m.rowHeight / 2;
  const place = (column: typeof left): PlacedNode[] =>
    column.nodes.map((n, i) => ({
      id: n.id,
      label: nodeLabel(n, locale),
      y: round(column.nodes.length > 1 ? top + (i * span) / (column.nodes.length - 1) : top + span / 2),
    }));
  const leftNodes = place(left);
  const rightNodes = place(right);
  const yOf = (nodes: readonly PlacedNode[], id: string, side: string) => {
    const node = nodes.find((n) => n.id === id);
    if (!node)
      throw new Error(
        `Diagram "${diagram.title.en}": an edge names ${side} node "${id}", which is not in that column.`,
      );
    return node.y;
  };

  const series = diagram.series.map((s, i): PlacedSeries => {
    // Series sit side by side around the rows' centre line, so two series joining the same nodes stay apart.
    const offset = (i - (diagram.series.length - 1) / 2) * m.seriesOffset;
    const bend = m.linkWidth / 2;
    return {
      line: s.line,
      paths: s.edges.map((e) => {
        const yl = round(yOf(leftNodes, e.left, 'left') + offset);
        const yr = round(yOf(rightNodes, e.right, 'right') + offset);
        return s.direction === 'left-to-right'
          ? `M${round(x1)} ${yl}C${round(x1 + bend)} ${yl} ${round(x2 - bend)} ${yr} ${round(x2)} ${yr}`
          : `M${round(x2)} ${yr}C${round(x2 - bend)} ${yr} ${round(x1 + bend)} ${yl} ${round(x1)} ${yl}`;
      }),
    };
  });

  return {
    width: Math.ceil(width),
    height: Math.ceil(top + span + m.rowHeight / 2 + m.padding),
    titleY: m.padding + m.fontSize,
    columns: [
      { title: left.title[locale], textX: round(leftTextX), anchor: 'end', nodes: leftNodes },
      { title: right.title[locale], textX: round(rightTextX), anchor: 'start', nodes: rightNodes },
    ],
    series,
  };
}

const cellOf = (node: DiagramNode): Cell =>
  node.link
    ? { kind: 'entries', links: [node.link] }
    : typeof node.label === 'string'
      ? { kind: 'literal', value: node.label }
      : { kind: 'text', text: node.label };

/**
 * The diagram as tables, one per series, each row one line of the drawing, read in the
 * direction of its arrows: the text alternative for readers who cannot see the lines.
 */
export function diagramTables(diagram: TwoColumnDiagram): DataTable[] {
  const [left, right] = diagram.columns;
  const find = (nodes: readonly DiagramNode[], id: string) => nodes.find((n) => n.id === id)!;
  return diagram.series.map((s) => {
    const forward = s.direction === 'left-to-right';
    const [from, to] = forward ? [left, right] : [right, left];
    const order = (id: string) => from.nodes.findIndex((n) => n.id === id);
    const edges = [...s.edges].sort(
      (a, b) => order(forward ? a.left : a.right) - order(forward ? b.left : b.right),
    );
    return {
      caption: s.legend,
      columns: [from.title, to.title],
      rows: edges.map((e) => ({
        cells: forward
          ? [cellOf(find(left.nodes, e.left)), cellOf(find(right.nodes, e.right))]
          : [cellOf(find(right.nodes, e.right)), cellOf(find(left.nodes, e.left))],
      })),
    };
  });
}
