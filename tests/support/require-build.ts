/** Vitest global setup: the site and browser tests read dist/, so stop early with a clear message if it is missing. */
import { existsSync } from 'node:fs';

export default function setup(): void {
  if (!existsSync('dist/index.html') || !existsSync('dist/pagefind/pagefind.js')) {
    throw new Error('dist/ has no built site. Run `npm run build` first (`npm test` does it for you).');
  }
}
