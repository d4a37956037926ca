/**
 * The identifiers recorded for gRPC and HTTP status codes (content/identifiers/) are the ones the
 * libraries really declare: checked against the installed packages where they install here
 * (@grpc/grpc-js, @connectrpc/connect, http-status-codes, Python's http.HTTPStatus) and against
 * short excerpts of the upstream sources, with their provenance, in tests/fixtures/identifiers/.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { Code as connectCode } from '@connectrpc/connect';
import { status as grpcJsStatus } from '@grpc/grpc-js';
import { StatusCodes } from 'http-status-codes';
import { describe, expect, it } from 'vitest';
import { grpcStatusCodes } from '../../content/grpc/status-codes.ts';
import { httpStatusCodes } from '../../content/http/status-codes.ts';
import { libraryIdentifiers } from '../../content/identifiers/index.ts';
import type { HttpStatusCodeEntry } from '../../src/schema/entries.ts';
import type { LibraryIdentifiers } from '../../src/schema/identifiers.ts';

const tables: Record<string, readonly { code: number; name: string }[]> = {
  'grpc/status-codes': grpcStatusCodes,
  'http/status-codes': httpStatusCodes,
};
const ours = (libraryIdentifiers as readonly LibraryIdentifiers[]).filter((l) => l.table in tables);
const lib = (id: string): LibraryIdentifiers => {
  const found = ours.find((l) => l.library.id === id);
  if (!found) throw new Error(`no library '${id}' in content/identifiers/index.ts`);
  return found;
};
const tableCodes = (l: LibraryIdentifiers) => tables[l.table]!.map((e) => e.code);
const missing = (l: LibraryIdentifiers) => {
  const named = new Set(l.identifiers.map((i) => i.code));
  return tableCodes(l).filter((c) => !named.has(c));
};
/** Every identifier of a library, with the code it names: the identifier first, then `also`. */
const allNames = (l: LibraryIdentifiers) =>
  l.identifiers.flatMap((i) => [i.identifier, ...(i.also ?? [])].map((name) => ({ name, code: i.code })));

// How code writes each library's identifiers: what comes before the member name.
const qualifier: Record<string, string> = {
  'go-grpc': 'codes.',
  'java-grpc': 'Status.Code.',
  'python-grpc': 'grpc.StatusCode.',
  'csharp-grpc': 'StatusCode.',
  'cpp-grpc': 'grpc::StatusCode::',
  'node-grpc-js': 'status.',
  'rust-tonic': 'Code::',
  'go-connect': 'connect.',
  'connect-es': 'Code.',
  'go-http': 'http.',
  'python-http': 'HTTPStatus.',
  'java-spring-http': 'HttpStatus.',
  'dotnet-http': 'HttpStatusCode.',
  'rust-http': 'StatusCode::',
  'js-http-status-codes': 'StatusCodes.',
};
const bare = (l: LibraryIdentifiers, identifier: string) => identifier.slice(qualifier[l.library.id]!.length);

describe('library identifiers for gRPC and HTTP status codes', () => {
  it('are each in a file named by the library id, and every file is listed in content/identifiers/index.ts', () => {
    // One library may name several tables (discord-api-types), but only once per table.
    const ids = (libraryIdentifiers as readonly LibraryIdentifiers[]).map(
      (l) => `${l.library.id} ${l.table}`,
    );
    expect(new Set(ids).size, 'one file per library and table').toBe(ids.length);
    const files = readdirSync('content/identifiers').filter((f) => f !== 'index.ts');
    const index = readFileSync('content/identifiers/index.ts', 'utf8');
    for (const file of files) expect(index, `index.ts imports ${file}`).toContain(`from './${file}'`);
    expect(ours.map((l) => l.library.id).sort()).toEqual(Object.keys(qualifier).sort());
    for (const l of ours) expect(files).toContain(`${l.library.id}.ts`);
  });

  it('name only codes of their table, each code once, each identifier once', () => {
    for (const l of ours) {
      const codes = new Set(tableCodes(l));
      for (const i of l.identifiers) expect(codes.has(i.code), `${l.library.id}: ${i.identifier}`).toBe(true);
      const named = l.identifiers.map((i) => i.code);
      expect(new Set(named).size, `${l.library.id} lists a code twice`).toBe(named.length);
      const names = allNames(l).map((n) => n.name);
      expect(new Set(names).size, `${l.library.id} lists an identifier twice`).toBe(names.length);
      expect(named, `${l.library.id} in code order`).toEqual([...named].sort((a, b) => a - b));
    }
  });

  it('are written the way code writes them, with the library’s usual qualifier', () => {
    for (const l of ours) {
      for (const { name } of allNames(l)) {
        expect(name.startsWith(qualifier[l.library.id]!), `${l.library.id}: ${name}`).toBe(true);
        expect(bare(l, name), `${l.library.id}: ${name}`).toMatch(/^\w+$/);
      }
    }
  });

  it('say which table codes have no constant: Go has no 499, .NET no 418, Connect no OK', () => {
    const nonStandard = [
      419, 440, 444, 449, 460, 463, 464, 494, 495, 496, 497, 499, 509, 520, 521, 522, 523, 524, 525, 526, 530,
      561, 599,
    ];
    const expected: Record<string, number[]> = {
      'go-grpc': [],
      'java-grpc': [],
      'python-grpc': [],
      'csharp-grpc': [],
      'cpp-grpc': [],
      'node-grpc-js': [],
      'rust-tonic': [],
      // Connect reports success without a code.
      'go-connect': [0],
      'connect-es': [0],
      // 104 is only provisionally registered; 306 is reserved ("Unused").
      'go-http': [104, 306, ...nonStandard],
      'python-http': [104, 306, ...nonStandard],
      'rust-http': [104, 306, ...nonStandard],
      // Spring 7 removed USE_PROXY (305) and keeps BANDWIDTH_LIMIT_EXCEEDED (509).
      'java-spring-http': [104, 305, 306, ...nonStandard.filter((c) => c !== 509)],
      // .NET left 418 out on purpose and has no 425 Too Early; it does name 306 (Unused).
      'dotnet-http': [104, 418, 425, ...nonStandard].sort((a, b) => a - b),
      // It names a 419, but not Laravel's (see the test below).
      'js-http-status-codes': [
        104, 208, 226, 306, 425, 440, 444, 449, 460, 463, 464, 494, 495, 496, 497, 499, 506, 508, 509, 510,
        520, 521, 522, 523, 524, 525, 526, 530, 561, 599,
      ],
    };
    for (const l of ours) {
      expect(l.coverage, l.library.id).toBe('complete');
      expect(missing(l), l.library.id).toEqual(expected[l.library.id]);
    }
  });

  it('record where they were read, with a version', () => {
    for (const l of ours) {
      expect(l.library.version, l.library.id).toMatch(/\d/);
      expect(l.library.source.url, l.library.id).toMatch(/^https:\/\/(github\.com|www\.npmjs\.com)\//);
    }
  });
});

describe('identifiers of the npm packages installed here', () => {
  /** The members of a TypeScript numeric enum (skipping the reverse mapping), as [name, value]. */
  const members = (e: object) =>
    Object.entries(e).filter((m): m is [string, number] => typeof m[1] === 'number');

  const cases = [
    ['node-grpc-js', '@grpc/grpc-js `status`', grpcJsStatus],
    ['connect-es', '@connectrpc/connect `Code`', connectCode],
    ['js-http-status-codes', 'http-status-codes `StatusCodes`', StatusCodes],
  ] as const;

  for (const [id, what, enumObject] of cases) {
    it(`${id}: every identifier is a member of ${what} with that value, and every table code it has is recorded`, () => {
      const l = lib(id);
      const installed = new Map(members(enumObject));
      for (const { name, code } of allNames(l)) expect(installed.get(bare(l, name)), name).toBe(code);
      const table = new Set(tableCodes(l));
      const recorded = new Set(allNames(l).map((n) => bare(l, n.name)));
      const inTable = [...installed].filter(([, code]) => table.has(code)).map(([name]) => name);
      expect(inTable.filter((name) => !recorded.has(name))).toEqual([]);
    });
  }

  it('http-status-codes also names 420, which is not in the HTTP table', () => {
    const table = new Set(tableCodes(lib('js-http-status-codes')));
    const outside = Object.values(StatusCodes).filter((v) => typeof v === 'number' && !table.has(v));
    expect(outside).toEqual([420]);
  });

  it("http-status-codes' 419 is not Laravel's Page Expired, and the 419 entry says so", () => {
    expect(StatusCodes.INSUFFICIENT_SPACE_ON_RESOURCE).toBe(419);
    const entry = (httpStatusCodes as readonly HttpStatusCodeEntry[]).find((e) => e.code === 419)!;
    expect(entry.name).toBe('Page Expired');
    const notes = (entry.notes ?? []).filter((n) => n.kind === 'disagreement');
    expect(notes.some((n) => [n.text.en].flat().join(' ').includes('INSUFFICIENT_SPACE_ON_RESOURCE'))).toBe(
      true,
    );
  });
});

describe('Python http.HTTPStatus on this machine', () => {
  // PYTHON may point at another interpreter (e.g. a 3.13) to compare member for member.
  const python = process.env['PYTHON'] ?? 'python3';
  const script = [
    'import http, json, sys',
    'members = [[k, int(v), v.name] for k, v in http.HTTPStatus.__members__.items()]',
    'print(json.dumps({"version": list(sys.version_info[:2]), "members": members}))',
  ].join('\n');

  let cached: { version: [number, number]; members: [string, number, string][] } | undefined;
  function machinePython(): { version: [number, number]; members: [string, number, string][] } {
    try {
      return (cached ??= JSON.parse(
        execFileSync(python, ['-c', script], { encoding: 'utf8', timeout: 20_000 }),
      ));
    } catch (error) {
      throw new Error(
        `Could not run '${python}' to read http.HTTPStatus (${(error as Error).message}). ` +
          'These tests need Python 3.9 or later on the PATH as python3 (apt-get install python3), ' +
          'or PYTHON set to an interpreter.',
        { cause: error },
      );
    }
  }

  const l = lib('python-http');
  const recorded = new Map(allNames(l).map((n) => [bare(l, n.name), n.code]));
  const [recordedMajor, recordedMinor] = l.library.version.split('.').map(Number) as [number, number];

  it('every member and alias it has is recorded, naming the same code', () => {
    const { members } = machinePython();
    for (const [name, code] of members) expect(recorded.get(name), `HTTPStatus.${name}`).toBe(code);
  });

  it('matches the record exactly on the recorded version or later; older ones lack only the RFC 9110 names', () => {
    const { version, members } = machinePython();
    const [major, minor] = version;
    expect(major === 3 && minor >= 9, `Python ${version.join('.')} is older than 3.9`).toBe(true);
    const canonical = members.filter(([name, , target]) => name === target).map(([name]) => name);
    const aliases = members.filter(([name, , target]) => name !== target).map(([name]) => name);
    const identifiers = l.identifiers.map((i) => bare(l, i.identifier));
    const also = l.identifiers.flatMap((i) => (i.also ?? []).map((a) => bare(l, a)));
    if (major > recordedMajor || (major === recordedMajor && minor >= recordedMinor)) {
      expect(canonical).toEqual(identifiers);
      expect(aliases).toEqual(also);
    } else {
      // Before 3.13 the old names were the members, and there were no aliases.
      expect(aliases).toEqual([]);
      expect(canonical).toEqual(l.identifiers.map((i) => bare(l, i.also?.[0] ?? i.identifier)));
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Libraries that do not install here: recorded excerpts of their sources.

interface Member {
  name: string;
  code: number;
  /** Python: the member this name is an alias of. */
  aliasOf?: string;
  /** Spring: marked @Deprecated. */
  deprecated?: boolean;
}

function readFixture(id: string) {
  const text = readFileSync(`tests/fixtures/identifiers/${id}.txt`, 'utf8');
  const lines = text.split('\n').filter((line) => line !== '');
  const header = new Map<string, string>();
  for (const line of lines.filter((x) => x.startsWith('# '))) {
    const m = /^# (\w[\w ]*): (.+)$/.exec(line);
    if (m) header.set(m[1]!, m[2]!);
  }
  return { header, lines: lines.filter((line) => !line.startsWith('#')) };
}

/** Members from the lines matching `re`, whose groups are (name, code), or (code, name) when `codeFirst`. */
const matching =
  (re: RegExp, codeFirst = false) =>
  (lines: string[]): Member[] =>
    lines.flatMap((line) => {
      const m = re.exec(line);
      if (!m) return [];
      const [name, code] = codeFirst ? [m[2]!, m[1]!] : [m[1]!, m[2]!];
      return [{ name, code: Number(code) }];
    });

function pythonMembers(lines: string[]): Member[] {
  const members: Member[] = [];
  for (const line of lines) {
    const member = /^ {4}([A-Z_]+) = \(?(\d{3}),/.exec(line);
    const alias = /^ {4}([A-Z_]+) = ([A-Z_]+)$/.exec(line);
    if (member) members.push({ name: member[1]!, code: Number(member[2]) });
    else if (alias) {
      const target = members.find((m) => m.name === alias[2]);
      if (!target) throw new Error(`alias before its member: ${line}`);
      members.push({ name: alias[1]!, code: target.code, aliasOf: target.name });
    } else throw new Error(`unexpected line in python-http.txt: ${line}`);
  }
  return members;
}

function springMembers(lines: string[]): Member[] {
  const members: Member[] = [];
  let deprecated = false;
  for (const line of lines) {
    if (/^\t@Deprecated\b/.test(line)) deprecated = true;
    else {
      const m = /^\t([A-Z_]+)\((\d{3}), Series\.\w+, ".*"\)[,;]$/.exec(line);
      if (!m) throw new Error(`unexpected line in java-spring-http.txt: ${line}`);
      members.push({ name: m[1]!, code: Number(m[2]), deprecated });
      deprecated = false;
    }
  }
  return members;
}

const normalized = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

const fromSources: Record<
  string,
  {
    parse: (lines: string[]) => Member[];
    /** Where several members share a code, which one is the identifier (the rest go in `also`). */
    primary?: (m: Member, tableName: string) => boolean;
    /** Members that are not status codes. */
    notCodes?: string[];
  }
> = {
  'go-grpc': { parse: matching(/^\t(\w+) Code = (\d+)$/) },
  'java-grpc': { parse: matching(/^ {4}([A-Z_]+)\((\d+)\)[,;]$/) },
  'python-grpc': { parse: matching(/^([A-Z_]+) = (\d+)$/) },
  'csharp-grpc': { parse: matching(/^ {4}(\w+) = (\d+),?$/) },
  'cpp-grpc': {
    parse: (lines) =>
      [...lines.join(' ').matchAll(/grpc::(\w+) = (-?\d+)/g)].map((m) => ({
        name: m[1]!,
        code: Number(m[2]),
      })),
    notCodes: ['DO_NOT_USE'],
  },
  'rust-tonic': { parse: matching(/^ {4}(\w+) = (\d+),$/) },
  'go-connect': { parse: matching(/^\t(Code\w+) Code = (\d+)$/) },
  'go-http': { parse: matching(/^\t(Status\w+)\s+= (\d{3}) /) },
  'python-http': { parse: pythonMembers, primary: (m) => m.aliasOf === undefined },
  'java-spring-http': { parse: springMembers, primary: (m) => !m.deprecated },
  'dotnet-http': {
    parse: matching(/^ {8}(\w+) = (\d{3}),?$/),
    primary: (m, tableName) => normalized(m.name) === normalized(tableName),
  },
  'rust-http': { parse: matching(/^ {4}\((\d{3}), (\w+), ".*"\);$/, true) },
};

describe('identifiers of libraries that do not install here, against recorded source excerpts', () => {
  for (const [id, rules] of Object.entries(fromSources)) {
    describe(id, () => {
      const l = lib(id);
      const { header, lines } = readFixture(id);
      const fixture = rules.parse(lines);

      it('the excerpt says where it comes from: repository, path, version and address', () => {
        expect(header.get('repository'), id).toMatch(/^[\w.-]+\/[\w.-]+$/);
        expect(header.get('path'), id).toBeTruthy();
        expect(header.get('version'), id).toMatch(/\d/);
        expect(header.get('url'), id).toMatch(/^https:\/\/github\.com\//);
        expect(l.library.source.url.startsWith(`https://github.com/${header.get('repository')}/`), id).toBe(
          true,
        );
        expect(fixture.length, `${id}: no members parsed`).toBeGreaterThan(0);
      });

      it('records exactly the members the source declares, each with its value', () => {
        const declared = fixture.filter((m) => !rules.notCodes?.includes(m.name));
        const recordedNames = allNames(l).map(({ name, code }) => [bare(l, name), code] as const);
        expect(new Map(recordedNames)).toEqual(new Map(declared.map((m) => [m.name, m.code])));
        for (const name of rules.notCodes ?? []) {
          const m = fixture.find((x) => x.name === name);
          expect(m, `${id} declares ${name}`).toBeDefined();
          expect(tableCodes(l), `${name} is not a status code`).not.toContain(m!.code);
        }
      });

      it('uses the current member as identifier where several share a code, and keeps the rest in also', () => {
        const tableName = (code: number) => tables[l.table]!.find((e) => e.code === code)!.name;
        for (const entry of l.identifiers) {
          const group = fixture.filter((m) => m.code === entry.code);
          if (group.length === 1) {
            expect(entry.also, `${entry.identifier} has no other name`).toBeUndefined();
            continue;
          }
          const primaries = group.filter((m) => rules.primary?.(m, tableName(entry.code)));
          expect(
            primaries.map((m) => m.name),
            `${id} ${entry.code}`,
          ).toEqual([bare(l, entry.identifier)]);
        }
      });
    });
  }

  it('Spring 7 deprecates 102, 418, 509 and 510 with no replacement, so those stay the identifier', () => {
    const deprecated = springMembers(readFixture('java-spring-http').lines).filter((m) => m.deprecated);
    const spring = lib('java-spring-http');
    const alone = deprecated.filter(
      (m) => !spring.identifiers.some((i) => i.also?.includes(`HttpStatus.${m.name}`)),
    );
    expect(alone.map((m) => m.code)).toEqual([102, 418, 509, 510]);
    expect(spring.identifiers.find((i) => i.code === 418)?.identifier).toBe('HttpStatus.I_AM_A_TEAPOT');
  });

  it('Go spells Canceled with one L, like Connect; the other gRPC libraries keep CANCELLED/Cancelled', () => {
    const name = (id: string) => lib(id).identifiers.find((i) => i.code === 1)!.identifier;
    expect(name('go-grpc')).toBe('codes.Canceled');
    expect(name('go-connect')).toBe('connect.CodeCanceled');
    expect(name('connect-es')).toBe('Code.Canceled');
    expect(name('java-grpc')).toBe('Status.Code.CANCELLED');
    expect(name('csharp-grpc')).toBe('StatusCode.Cancelled');
    expect(name('rust-tonic')).toBe('Code::Cancelled');
  });
});
