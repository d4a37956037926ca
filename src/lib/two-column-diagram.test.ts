import { describe, expect, it } from 'vitest';
import { diagramTables, layoutDiagram, metrics } from './two-column-diagram.ts';
import type { TwoColumnDiagram } from '../tables/types.ts';

const t = (en: string, es = `${en} (es)`) => ({ en, es });

const diagram: TwoColumnDiagram = {
  kind: 'two-column',
  title: t('Codes and statuses'),
  description: t('Lines between them.'),
  columns: [
    {
      title: t('gRPC code', 'Código gRPC'),
      nodes: [
        { id: 'OK', label: '0 OK', link: { table: 'grpc/status-codes', anchor: 'ok', label: '0 OK' } },
        { id: 'NOT_FOUND', label: '5 NOT_FOUND' },
        { id: 'UNIMPLEMENTED', label: '12 UNIMPLEMENTED' },
      ],
    },
    {
      title: t('HTTP status', 'Estado HTTP'),
      nodes: [
        { id: '200', label: '200 OK' },
        { id: '404', label: '404 Not Found' },
        { id: 'other', label: t('Any other status', 'Cualquier otro estado') },
      ],
    },
  ],
  series: [
    {
      legend: t('gRPC → HTTP'),
      line: 'solid',
      direction: 'left-to-right',
      edges: [
        { left: 'NOT_FOUND', right: '404' },
        { left: 'OK', right: '200' },
      ],
    },
    {
      legend: t('HTTP → gRPC'),
      line: 'dashed',
      direction: 'right-to-left',
      edges: [
        { left: 'UNIMPLEMENTED', right: '404' },
        { left: 'OK', right: 'other' },
      ],
    },
  ],
};

/** The start and end points of a path written as `M x y C … x y`. */
const ends = (path: string) => {
  const n = path.match(/-?[\d.]+/g)!.map(Number);
  return { start: [n[0], n[1]], end: [n[n.length - 2], n[n.length - 1]] };
};

describe('laying out a two-column diagram', () => {
  const layout = layoutDiagram(diagram, 'en');

  it('keeps every label and line inside the viewBox', () => {
    const [left, right] = layout.columns;
    const longest = (c: typeof left) => Math.max(...c.nodes.map((n) => n.label.length)) * metrics.charWidth;
    expect(left.textX - longest(left)).toBeGreaterThanOrEqual(0);
    expect(right.textX + longest(right)).toBeLessThanOrEqual(layout.width);
    for (const node of [...left.nodes, ...right.nodes]) {
      expect(node.y).toBeGreaterThan(layout.titleY);
      expect(node.y).toBeLessThan(layout.height);
    }
  });

  it('gives each row of a column its own height, in order', () => {
    for (const column of layout.columns) {
      const ys = column.nodes.map((n) => n.y);
      expect(ys).toEqual([...ys].sort((a, b) => a - b));
      expect(new Set(ys).size).toBe(ys.length);
    }
  });

  it('draws each line from its origin, so the arrowhead sits where the series points', () => {
    const [left, right] = layout.columns;
    const forward = ends(layout.series[0]!.paths[0]!);
    const back = ends(layout.series[1]!.paths[0]!);
    expect(forward.start[0]).toBeLessThan(forward.end[0]!);
    expect(back.start[0]).toBeGreaterThan(back.end[0]!);
    // NOT_FOUND → 404, and 404 → UNIMPLEMENTED, each a little off its rows' centre line.
    expect(Math.abs(forward.start[1]! - left.nodes[1]!.y)).toBe(metrics.seriesOffset / 2);
    expect(Math.abs(back.start[1]! - right.nodes[1]!.y)).toBe(metrics.seriesOffset / 2);
  });

  it('keeps two series that join the same pair of nodes apart', () => {
    const same: TwoColumnDiagram = {
      ...diagram,
      series: diagram.series.map((s) => ({ ...s, edges: [{ left: 'OK', right: '200' }] })),
    };
    const [a, b] = layoutDiagram(same, 'en').series.map((s) => ends(s.paths[0]!));
    expect(a!.start[1]).not.toBe(b!.end[1]);
  });

  it('grows with the longest label in the page’s language', () => {
    expect(layoutDiagram(diagram, 'es').width).toBeGreaterThan(layout.width);
    expect(layoutDiagram(diagram, 'es').columns[1].nodes[2]!.label).toBe('Cualquier otro estado');
  });

  it('refuses an edge to a node that is not in its column', () => {
    const broken: TwoColumnDiagram = {
      ...diagram,
      series: [{ ...diagram.series[0]!, edges: [{ left: 'NOT_FOUND', right: '418' }] }],
    };
    expect(() => layoutDiagram(broken, 'en')).toThrow(/right node "418"/);
  });
});

describe('the diagram as tables', () => {
  const tables = diagramTables(diagram);

  it('has one table per series, captioned with its legend', () => {
    expect(tables.map((tb) => tb.caption)).toEqual([t('gRPC → HTTP'), t('HTTP → gRPC')]);
  });

  it('reads each table in the direction of its arrows, rows in the order of the origin column', () => {
    expect(tables[0]!.columns).toEqual([diagram.columns[0].title, diagram.columns[1].title]);
    expect(tables[0]!.rows.map((r) => r.cells)).toEqual([
      [
        { kind: 'entries', links: [{ table: 'grpc/status-codes', anchor: 'ok', label: '0 OK' }] },
        { kind: 'literal', value: '200 OK' },
      ],
      [
        { kind: 'literal', value: '5 NOT_FOUND' },
        { kind: 'literal', value: '404 Not Found' },
      ],
    ]);
    expect(tables[1]!.columns).toEqual([diagram.columns[1].title, diagram.columns[0].title]);
    expect(tables[1]!.rows.map((r) => r.cells[0])).toEqual([
      { kind: 'literal', value: '404 Not Found' },
      { kind: 'text', text: t('Any other status', 'Cualquier otro estado') },
    ]);
  });

  it('has a row for every line drawn', () => {
    expect(tables.map((tb) => tb.rows.length)).toEqual(diagram.series.map((s) => s.edges.length));
  });
});
