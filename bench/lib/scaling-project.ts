/**
 * The scaling runs build a copy of the project whose Discord JSON error table holds
 * synthetic entries instead of the real ones, so that production code carries no
 * benchmark switch. The two statements appended below swap the table's entries and
 * drop the library identifiers that name real codes.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject } from '../../tests/support/project-copy.ts';
import type { DiscordJsonErrorEntry } from '../../src/schema/entries.ts';

const table = 'discord/json-error-codes';

/** Writes the copy into `dir` (inside the project) and returns its root, ready for `astro build --root`. */
export function scalingProject(dir: string, entries: readonly DiscordJsonErrorEntry[]): string {
  copyProject(dir);
  const tableDir = join(dir, 'content/discord/json-error-codes');
  writeFileSync(join(tableDir, 'synthetic.json'), JSON.stringify(entries));
  appendFileSync(
    join(tableDir, 'index.ts'),
    [
      '',
      "import synthetic from './synthetic.json' with { type: 'json' };",
      '(jsonErrorCodes as DiscordJsonErrorEntry[]).splice(0, Infinity, ...(synthetic as DiscordJsonErrorEntry[]));',
      '',
    ].join('\n'),
  );
  appendFileSync(
    join(dir, 'content/identifiers/index.ts'),
    [
      '',
      '// The synthetic table has none of the real codes these libraries name.',
      `(libraryIdentifiers as unknown as LibraryIdentifiers[]).splice(0, Infinity, ...libraryIdentifiers.filter((l) => l.table !== '${table}'));`,
      '',
    ].join('\n'),
  );
  return dir;
}
