import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('toolchain', () => {
  it('runs on the Node major pinned in package.json (through npm run, not the system Node)', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    const pinned = /\^(\d+)/.exec(pkg.devDependencies['node'] ?? '')?.[1];
    expect(pinned, 'package.json pins the npm package "node" as ^<major>').toBeDefined();
    expect(process.versions.node.split('.')[0]).toBe(pinned);
  });
});
