/**
 * Builds the Pagefind index from the data after `astro build`, instead of
 * crawling the pages (Starlight's `pagefind` option is off): every entry is its
 * own record that links to its anchor. The index lands in dist/pagefind/, where
 * Starlight's search UI (our SiteSearch override) loads it.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { searchRecords } from '../lib/search-records.ts';
import { getSite } from '../tables/registry.ts';

function check<T extends { errors: string[] }>(response: T, step: string): T {
  if (response.errors.length > 0)
    throw new Error(`Pagefind failed to ${step}:\n${response.errors.join('\n')}`);
  return response;
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'status-codes:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        try {
          const { index } = check(await pagefind.createIndex({}), 'create an index');
          if (!index) throw new Error('Pagefind returned no index.');
          const records = searchRecords(getSite());
          for (const record of records) {
            check(await index.addHTMLFile({ url: record.url, content: record.html }), `index ${record.url}`);
          }
          check(
            await index.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', dir)) }),
            'write the index',
          );
          logger.info(
            `Indexed ${records.length} search records in ${Math.round(performance.now() - started)} ms.`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
