/**
 * For the benchmark's scaling runs only: when STATUS_CODES_BENCH_DATA names a
 * folder, a table whose id has a JSON file there (`discord__json-error-codes.json`)
 * takes its entries from it instead of content/. The generated entries go through
 * the same validation as real data. Nothing generated is ever committed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntryBase } from '../schema/entries.ts';
import type { TableId } from '../tables/types.ts';

export const benchDataVariable = 'STATUS_CODES_BENCH_DATA';

export function benchDataFile(dir: string, table: TableId): string {
  return join(dir, `${table.replace('/', '__')}.json`);
}

export function withBenchData<E extends EntryBase>(table: TableId, entries: readonly E[]): readonly E[] {
  const dir = process.env[benchDataVariable];
  if (!dir) return entries;
  const file = benchDataFile(dir, table);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as E[]) : entries;
}
