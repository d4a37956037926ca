/**
 * The order in which the browser is found, with a fake PATH: temporary folders holding
 * fake executables, and a fake installer that records its call instead of running apt.
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveChromium, type Host } from '../support/chromium.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'chromium-resolve-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A file `dir/name` (folders created), executable unless told otherwise. Returns its path. */
function fake(dir: string, name: string, mode = 0o755): string {
  mkdirSync(join(root, dir), { recursive: true });
  const path = join(root, dir, name);
  writeFileSync(path, '#!/bin/sh\nexit 0\n');
  chmodSync(path, mode);
  return path;
}

const pathOf = (...dirs: string[]) => dirs.map((d) => join(root, d)).join(delimiter);

/** A host with nothing installed, not root, no fixed paths; `installs` records each apt-get it was given. */
function host(over: Partial<Host> = {}): Host & { installs: string[] } {
  const installs: string[] = [];
  return {
    env: {},
    fixedPaths: [],
    isRoot: false,
    install: (aptGet) => void installs.push(aptGet),
    ...over,
    installs,
  };
}

describe('resolving the browser', () => {
  it('takes CHROME_PATH first, over a chromium on PATH', () => {
    fake('bin', 'chromium');
    const chrome = fake('opt', 'my-chrome');
    expect(resolveChromium(host({ env: { CHROME_PATH: chrome, PATH: pathOf('bin') } }))).toBe(chrome);
  });

  it('stops with a message naming CHROME_PATH when it points at nothing runnable', () => {
    fake('bin', 'chromium');
    const env = (CHROME_PATH: string) => ({ env: { CHROME_PATH, PATH: pathOf('bin') }, isRoot: true });
    for (const bad of [join(root, 'missing'), fake('opt', 'not-executable', 0o644), join(root, 'bin')]) {
      expect(() => resolveChromium(host(env(bad)))).toThrow(
        `CHROME_PATH is ${bad}, which is not an executable`,
      );
    }
  });

  it('takes the first PATH folder that holds chromium', () => {
    fake('first', 'chromium');
    fake('second', 'chromium');
    expect(resolveChromium(host({ env: { PATH: pathOf('empty', 'first', 'second') } }))).toBe(
      join(root, 'first', 'chromium'),
    );
  });

  it("prefers Debian's chromium to Chrome, wherever each is on PATH", () => {
    fake('first', 'google-chrome');
    fake('second', 'chromium');
    expect(resolveChromium(host({ env: { PATH: pathOf('first', 'second') } }))).toBe(
      join(root, 'second', 'chromium'),
    );
  });

  it('finds Ubuntu and Google names when there is no chromium', () => {
    fake('bin', 'google-chrome-stable');
    expect(resolveChromium(host({ env: { PATH: pathOf('bin') } }))).toBe(
      join(root, 'bin', 'google-chrome-stable'),
    );
    fake('bin', 'chromium-browser');
    expect(resolveChromium(host({ env: { PATH: pathOf('bin') } }))).toBe(
      join(root, 'bin', 'chromium-browser'),
    );
  });

  it('skips a file that is not executable, and a folder with the name', () => {
    fake('first', 'chromium', 0o644);
    mkdirSync(join(root, 'second', 'chromium'), { recursive: true });
    fake('third', 'chromium');
    expect(resolveChromium(host({ env: { PATH: pathOf('first', 'second', 'third') } }))).toBe(
      join(root, 'third', 'chromium'),
    );
  });

  it('tries the fixed paths after PATH, skipping those not executable', () => {
    const fixedPaths = [fake('usr', 'chromium', 0o644), fake('opt', 'chrome')];
    expect(resolveChromium(host({ fixedPaths }))).toBe(join(root, 'opt', 'chrome'));
    fake('bin', 'google-chrome');
    expect(resolveChromium(host({ env: { PATH: pathOf('bin') }, fixedPaths }))).toBe(
      join(root, 'bin', 'google-chrome'),
    );
  });

  it('installs nothing when a browser is found, even as root with apt-get', () => {
    fake('bin', 'apt-get');
    fake('bin', 'chromium');
    const h = host({ env: { PATH: pathOf('bin') }, isRoot: true });
    expect(resolveChromium(h)).toBe(join(root, 'bin', 'chromium'));
    expect(h.installs).toEqual([]);
  });

  it("as root with apt-get on PATH, installs Debian's chromium and returns it", () => {
    const aptGet = fake('sbin', 'apt-get');
    const h = host({ env: { PATH: pathOf('bin', 'sbin') }, isRoot: true });
    h.install = (given) => {
      h.installs.push(given);
      fake('bin', 'chromium');
    };
    expect(resolveChromium(h)).toBe(join(root, 'bin', 'chromium'));
    expect(h.installs).toEqual([aptGet]);
  });

  it('says so when the install succeeded but left no browser to find', () => {
    fake('sbin', 'apt-get');
    const h = host({ env: { PATH: pathOf('sbin') }, isRoot: true });
    expect(() => resolveChromium(h)).toThrow(/succeeded, yet no chromium.*Set CHROME_PATH/);
    expect(h.installs).toHaveLength(1);
  });

  it('without root, stops with the sudo command to run and installs nothing', () => {
    fake('sbin', 'apt-get');
    const h = host({ env: { PATH: pathOf('sbin') }, isRoot: false });
    expect(() => resolveChromium(h)).toThrow(
      /No Chromium or Chrome was found.*`sudo apt-get install chromium fonts-liberation`, or set CHROME_PATH/,
    );
    expect(h.installs).toEqual([]);
  });

  it('as root without apt-get, stops with the command to run and installs nothing', () => {
    fake('sbin', 'apt-get', 0o644);
    const h = host({ env: { PATH: pathOf('sbin') }, isRoot: true });
    expect(() => resolveChromium(h)).toThrow(
      /No Chromium or Chrome was found.*Install Debian's: `apt-get install chromium fonts-liberation`, or set CHROME_PATH/,
    );
    expect(h.installs).toEqual([]);
  });
});
