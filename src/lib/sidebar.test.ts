import { describe, expect, it } from 'vitest';
import { buildSidebar } from './sidebar.ts';
import { sections, tables } from '../tables/registry.ts';

describe('buildSidebar', () => {
  it('lists every table once, under its section, with its Spanish title', () => {
    const groups = buildSidebar(sections);
    expect(groups.map((g) => g.label)).toEqual(sections.map((s) => s.label));
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
