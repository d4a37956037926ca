/**
 * Where the tests read library identifiers from, independently of the data files: the
 * installed discord-api-types package (its enum objects and, for `@deprecated`/`@unstable`,
 * its declaration files), and source excerpts recorded under tests/fixtures/identifiers/ for
 * the libraries that do not install from npm.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import ts from 'typescript';

/** One constant as the library declares it: its bare name and its number. */
export type Declaration = readonly [name: string, code: number];

// ─── discord-api-types ───────────────────────────────────────────────────────

/** The installed package's folder (its `exports` do not expose package.json itself). */
const discordApiTypesRoot = dirname(createRequire(import.meta.url).resolve('discord-api-types/v10'));

export const installedDiscordApiTypesVersion: string = JSON.parse(
  readFileSync(join(discordApiTypesRoot, 'package.json'), 'utf8'),
).version;

/** The members of a numeric TypeScript enum object, reverse mappings left out. */
export function enumMembers(enumObject: Record<string, string | number>): Declaration[] {
  return Object.entries(enumObject).flatMap(([name, value]) =>
    typeof value === 'number' ? [[name, value] as const] : [],
  );
}

/**
 * The JSDoc tags (`deprecated`, `unstable`, …) of each member of an enum, read from the
 * package's declaration file, e.g. `enumMemberTags('rest/common.d.ts', 'RESTJSONErrorCodes')`.
 */
export function enumMemberTags(declarationFile: string, enumName: string): Map<string, Set<string>> {
  const path = join(discordApiTypesRoot, declarationFile);
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const declaration = source.statements.find(
    (s): s is ts.EnumDeclaration => ts.isEnumDeclaration(s) && s.name.text === enumName,
  );
  if (!declaration) throw new Error(`discord-api-types: no enum ${enumName} in ${declarationFile}`);
  return new Map(
    declaration.members.map((m) => [
      m.name.getText(source),
      new Set(ts.getJSDocTags(m).map((t) => t.tagName.text)),
    ]),
  );
}

// ─── Recorded source excerpts ────────────────────────────────────────────────

/** A fixture: a header of `# key: value` lines naming where it was copied from, then the excerpt. */
export interface RecordedSource {
  readonly repository: string;
  readonly path: string;
  readonly tag: string;
  readonly commit: string;
  readonly declarations: readonly Declaration[];
}

/** How each language writes the declarations in the excerpts. */
const declarationPatterns = {
  /** `ErrCodeUnknownGuild = 10004` inside a `const ( … )` block. */
  go: /^\s*(Err\w*)\s*=\s*(\d+)\s*$/gm,
  /** `UNKNOWN_GUILD(10004, "Unknown Guild"),`, possibly over several lines. */
  java: /\b([A-Z][A-Z0-9_]*)\(\s*(\d+)\s*,/g,
  /** `UnknownGuild = 10004,` */
  csharp: /^\s*(\w+)\s*=\s*(\d+),?\s*$/gm,
} as const;

export function readRecordedSource(
  fixture: string,
  language: keyof typeof declarationPatterns,
): RecordedSource {
  const lines = readFileSync(new URL(`../fixtures/identifiers/${fixture}`, import.meta.url), 'utf8').split(
    '\n',
  );
  const headerLength = lines.findIndex((l) => !l.startsWith('#'));
  const header = new Map(
    lines.slice(0, headerLength).flatMap((l) => {
      const m = /^# (\w+): (.*)$/.exec(l);
      return m ? [[m[1], m[2]] as const] : [];
    }),
  );
  const field = (key: string): string => {
    const value = header.get(key);
    if (!value) throw new Error(`tests/fixtures/identifiers/${fixture}: the header has no "# ${key}:" line`);
    return value;
  };
  const body = lines.slice(headerLength).join('\n');
  return {
    repository: field('repository'),
    path: field('path'),
    tag: field('tag'),
    commit: field('commit'),
    declarations: [...body.matchAll(declarationPatterns[language])].map(
      (m) => [m[1]!, Number(m[2])] as const,
    ),
  };
}
