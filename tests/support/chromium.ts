/**
 * Which Chromium the browser tests and the benchmark launch, decided in one place so
 * that `npm install && npm test` is the whole set-up on a fresh Debian machine:
 *
 * 1. `CHROME_PATH`, when set (the variable chrome-launcher and Lighthouse read too);
 * 2. a Chromium or Chrome already installed: the names below on PATH, then a few fixed paths;
 * 3. as root with apt-get on PATH: Debian's `chromium`, installed once;
 * 4. otherwise an error naming the command to run.
 *
 * Never a browser downloaded from anywhere else. `resolveChromium` reads the machine only
 * through a `Host`, so tests/unit/chromium.test.ts can check the order with a fake PATH
 * and a fake installer.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Looked up on PATH in this order: Debian's package first, then Ubuntu's and Google's names. */
const browserNames = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** The packages installed as root: the browser, and fonts for pages that name none. */
const debianPackages = ['chromium', 'fonts-liberation'];

/** Everything the resolver reads from or does to the machine. */
export interface Host {
  /** `CHROME_PATH` and `PATH` are read from here. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Tried after PATH: where the packages install, should PATH not list that folder. */
  readonly fixedPaths: readonly string[];
  readonly isRoot: boolean;
  /** Installs `debianPackages` with this apt-get; throws with apt's output if that fails. */
  install(aptGet: string): void;
}

const machine: Host = {
  env: process.env,
  fixedPaths: ['/usr/bin/chromium', '/opt/google/chrome/chrome'],
  isRoot: process.getuid?.() === 0,
  install: aptInstall,
};

/** The browser to launch, installing Debian's chromium first where it can. Throws a message to act on. */
export function resolveChromium(host: Host = machine): string {
  const explicit = host.env['CHROME_PATH'];
  if (explicit) {
    if (isExecutableFile(explicit)) return explicit;
    throw new Error(
      `CHROME_PATH is ${explicit}, which is not an executable file. ` +
        'Point it at a Chromium or Chrome executable, or unset it to use the one installed.',
    );
  }
  const found = findInstalled(host);
  if (found) return found;

  const aptGet = host.isRoot ? onPath('apt-get', host.env['PATH']) : undefined;
  if (!aptGet) {
    const sudo = host.isRoot ? '' : 'sudo ';
    throw new Error(
      `No Chromium or Chrome was found (${browserNames.join(', ')} on PATH, ` +
        `${host.fixedPaths.join(', ')}). Install Debian's: \`${sudo}apt-get install ${debianPackages.join(' ')}\`, ` +
        'or set CHROME_PATH to a Chromium or Chrome executable.',
    );
  }
  host.install(aptGet);
  const installed = findInstalled(host);
  if (installed) return installed;
  throw new Error(
    `\`${aptGet} install ${debianPackages.join(' ')}\` succeeded, yet no ${browserNames.join(', ')} is on PATH ` +
      `or at ${host.fixedPaths.join(', ')}. Set CHROME_PATH to the browser's executable.`,
  );
}

function findInstalled(host: Host): string | undefined {
  for (const name of browserNames) {
    const path = onPath(name, host.env['PATH']);
    if (path) return path;
  }
  return host.fixedPaths.find(isExecutableFile);
}

/** The first PATH entry holding an executable `name`, like `command -v` (empty entries are skipped). */
function onPath(name: string, path = ''): string | undefined {
  return path
    .split(delimiter)
    .filter((dir) => dir !== '')
    .map((dir) => join(dir, name))
    .find(isExecutableFile);
}

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** `apt-get update` and `install`, quiet: one line of progress, and apt's output only if it fails. */
function aptInstall(aptGet: string): void {
  console.log(`Installing Debian's ${debianPackages.join(' and ')} with apt-get (once, about 30 s)…`);
  for (const args of [['update'], ['install', '-y', ...debianPackages]]) {
    const run = spawnSync(aptGet, args, {
      encoding: 'utf8',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.status !== 0) {
      const why = run.error ? String(run.error) : `exit status ${run.status ?? run.signal}`;
      throw new Error(
        `\`${aptGet} ${args.join(' ')}\` failed (${why}):\n${run.stdout ?? ''}${run.stderr ?? ''}\n` +
          `Install them yourself (\`apt-get install ${debianPackages.join(' ')}\`) or set CHROME_PATH to a browser.`,
      );
    }
  }
}
