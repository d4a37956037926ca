/**
 * Vitest global setup: finds the browser once, before any browser test, installing
 * Debian's chromium on a fresh machine (see chromium.ts), and provides its path.
 */
import type { TestProject } from 'vitest/node';
import { resolveChromium } from './chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumPath: string;
  }
}

export default function setup(project: TestProject): void {
  let path: string;
  try {
    path = resolveChromium();
  } catch (err) {
    // Thrown from here, Vitest would print "No test files found" and a stack trace
    // above it: the message alone says what to do.
    console.error(`\n${(err as Error).message}\n`);
    process.exit(1);
  }
  project.provide('chromiumPath', path);
}
