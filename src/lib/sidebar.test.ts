import { describe, expect, it } from 'vitest';
import { buildSidebar } from './sidebar.ts';
import { tables } from '../tables/registry.ts';

describe('buildSidebar', () => {
  it('lists every table once, under its section, with its Spanish title', () => {
    const groups = buildSidebar(tables);
    expect(groups.map((g) => g.label)).toEqual(['Discord', 'gRPC', 'HTTP']);
    const links = groups.flatMap((g) => g.items);
    expect(links.map((l) => l.link)).toEqual(tables.map((t) => `/${t.id}/`));
    for (const t of tables) {
      expect(links.find((l) => l.link === `/${t.id}/`)).toMatchObject({
        label: t.meta.title.en,
        translations: { es: t.meta.title.es },
      });
    }
  });
});
