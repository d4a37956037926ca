/** Vitest global setup: serves dist/ on loopback and provides its URL as `baseUrl`. */
import type { TestProject } from 'vitest/node';
import { startStaticServer } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startStaticServer('dist');
  project.provide('baseUrl', server.url);
  return () => server.close();
}
