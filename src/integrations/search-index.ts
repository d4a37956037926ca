/**
 * Builds the Pagefind index from the data after `astro build`, instead of
 * crawling the pages (Starlight's `pagefind` option is off): every entry is its
 * own record that links to its anchor. The index lands in dist/pagefind/, where
 * Starlight's search UI (our SiteSearch override) loads it.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { excerptFromRecordOpening } from './search-excerpt.ts';
import { searchRecords } from '../lib/search-records.ts';
import { getSite } from '../tables/registry.ts';

/**
 * At most this many fragment files per language: Pagefind bundles the records' fragments
 * (what a result shows: title, URL, excerpt) into shared files, about 30 records and 5 KB
 * each, instead of one file of a few hundred bytes per record. A result's fragment is
 * fetched when the result is shown; with one file per record, every keystroke that brought
 * new results fetched up to five of them, and that was the slowest part of a search
 * (`npm run bench`: the fragment phase, 60-70 ms of a 70 ms warm p95). With shared files
 * most results are already loaded, and the files compress better (English: 420 KB in 1,209
 * files before, 194 KB in 39 after).
 */
export const maxFragmentFiles = 40;

function check<T extends { errors: string[] }>(response: T, step: string): T {
  if (response.errors.length > 0)
    throw new Error(`Pagefind failed to ${step}:\n${response.errors.join('\n')}`);
  return response;
}

/** Pagefind's engine, written next to the index, with the site's excerpt start (search-excerpt.ts). */
function patchEngine(file: URL): void {
  try {
    writeFileSync(file, excerptFromRecordOpening(readFileSync(file, 'utf8')));
  } catch (error) {
    throw new Error(
      `Pagefind's engine changed (${String(error)}): re-check src/integrations/search-excerpt.ts, then record the new version and sha256 in \`upstream\`.`,
    );
  }
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'status-codes:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        try {
          const { index } = check(
            await pagefind.createIndex({ maxFragments: maxFragmentFiles }),
            'create an index',
          );
          if (!index) throw new Error('Pagefind returned no index.');
          const records = searchRecords(getSite());
          for (const record of records) {
            check(await index.addHTMLFile({ url: record.url, content: record.html }), `index ${record.url}`);
          }
          const output = new URL('./pagefind/', dir);
          check(await index.writeFiles({ outputPath: fileURLToPath(output) }), 'write the index');
          patchEngine(new URL('pagefind.js', output));
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
