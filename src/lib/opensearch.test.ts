import { describe, expect, it } from 'vitest';
import { openSearchDescription, openSearchPath } from './opensearch.ts';

const site = new URL('https://status-codes.example.org');

describe('OpenSearch descriptions', () => {
  it('live beside each language’s home page', () => {
    expect(openSearchPath('en')).toBe('/opensearch.xml');
    expect(openSearchPath('es')).toBe('/es/opensearch.xml');
  });

  it('keep {searchTerms} literal in the template and escape the texts', () => {
    const xml = openSearchDescription('es', site, { shortName: 'A & B', description: '<Códigos> "HTTP"' });
    expect(xml).toContain('template="https://status-codes.example.org/es/?q={searchTerms}"');
    expect(xml).toContain('<ShortName>A &amp; B</ShortName>');
    expect(xml).toContain('<Description>&lt;Códigos&gt; &quot;HTTP&quot;</Description>');
  });

  it('refuse a short name longer than the 16 characters the specification allows', () => {
    expect(() =>
      openSearchDescription('es', site, { shortName: 'Códigos de estado', description: '' }),
    ).toThrow(/longer than 16 characters/);
  });
});
