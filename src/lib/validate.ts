/**
 * Integrity checks on the content data, run before any page is generated. Each
 * check is a small function returning the problems it finds as DataErrors; the
 * build stops with all of them listed (see `assertValidSite`).
 */
import { anchorEntries } from './anchors.ts';
import { pageAnchors } from './page-anchors.ts';
import { paragraphsOf } from './prose.ts';
import { findTexts, type FoundText } from './texts.ts';
import { DataError, DataErrors, describeEntry } from './data-error.ts';
import { buildSiteIndex, type EntryRef } from './site-index.ts';
import type { EntryBase } from '../schema/entries.ts';
import type { LibraryIdentifiers } from '../schema/identifiers.ts';
import type { Section } from '../tables/section.ts';
import type { EntryLink, TableDefinition } from '../tables/types.ts';

type Check = (table: TableDefinition) => DataError[];

/** Codes are integers inside the table's range (or one of its allowed text codes). */
export const checkCodeRange: Check = (table) =>
  table.entries.flatMap((e) => {
    if (typeof e.code === 'string') {
      return table.allowedTextCodes?.includes(e.code)
        ? []
        : [
            new DataError(
              table.file,
              describeEntry(e),
              `code "${e.code}" is not a number`,
              `use a number between ${table.codeRange.min} and ${table.codeRange.max}`,
            ),
          ];
    }
    const { min, max } = table.codeRange;
    return Number.isInteger(e.code) && e.code >= min && e.code <= max
      ? []
      : [
          new DataError(
            table.file,
            describeEntry(e),
            `code ${e.code} is outside this table's range ${min}–${max}`,
            'correct the code, or move the entry to the table it belongs to',
          ),
        ];
  });

/** A code appears once, unless every entry with it is marked as a documented duplicate. */
export const checkDuplicateCodes: Check = (table) => {
  const byCode = new Map<string, EntryBase[]>();
  for (const e of table.entries) byCode.set(String(e.code), [...(byCode.get(String(e.code)) ?? []), e]);
  const isMarked = (e: EntryBase): boolean => e.documentedDuplicate === true;
  const errors: DataError[] = [];
  for (const [code, entries] of byCode) {
    if (entries.length > 1 && !entries.every(isMarked)) {
      errors.push(
        new DataError(
          table.file,
          entries.map(describeEntry).join(' and '),
          `duplicate code ${code}`,
          'give each entry its own code; if the source really lists this code twice, ' +
            'set `documentedDuplicate: true` on every entry with it',
        ),
      );
    }
    if (entries.length === 1 && entries.every(isMarked)) {
      errors.push(
        new DataError(
          table.file,
          describeEntry(entries[0]!),
          '`documentedDuplicate` is set but no other entry has this code',
          'remove `documentedDuplicate: true`',
        ),
      );
    }
  }
  return errors;
};

/** Every anchor (entry ids, their aliases, group and section ids) is unique on the page. */
export const checkDuplicateAnchors: Check = (table) => {
  const owners = new Map<string, string>();
  const errors: DataError[] = [];
  const claim = (id: string, owner: string): void => {
    const previous = owners.get(id);
    if (previous !== undefined) {
      errors.push(
        new DataError(
          table.file,
          owner,
          `anchor #${id} is also used by ${previous}`,
          'change the code or name of one of them (anchors come from the data), or rename the section/group id',
        ),
      );
    } else owners.set(id, owner);
  };
  for (const { entry, anchor } of anchorEntries(table.entries, table.anchorStyle, table.extraAnchors)) {
    for (const id of [anchor.id, ...anchor.aliases]) claim(id, describeEntry(entry));
  }
  for (const g of table.groups ?? []) claim(g.id, `group "${g.id}"`);
  for (const s of table.meta.sections ?? []) claim(s.id, `section "${s.id}"`);
  return errors;
};

/** Problems of one bilingual text: empty, untranslated, or a paragraph with a line break in it. */
function textProblems(text: FoundText): { problem: string; fix: string }[] {
  const en = paragraphsOf(text.en);
  const es = paragraphsOf(text.es);
  const problems: { problem: string; fix: string }[] = [];
  for (const [language, paragraphs] of [
    ['English', en],
    ['Spanish', es],
  ] as const) {
    if (paragraphs.length === 0) {
      problems.push({
        problem: `${text.path}: the ${language} text is empty`,
        fix: `write the ${language} text`,
      });
    }
    if (paragraphs.some((p) => p.includes('\n'))) {
      problems.push({
        problem: `${text.path}: the ${language} text has a line break inside a paragraph`,
        fix: "write each paragraph as its own string in an array: ['First.', 'Second.']",
      });
    }
  }
  if (en.length > 0 && en.join('\n') === es.join('\n')) {
    problems.push({
      problem: `${text.path}: the Spanish text is identical to the English one (untranslated)`,
      fix: 'write the Spanish text',
    });
  }
  return problems;
}

/** Problems of an entry's names: empty, or a Spanish name that only repeats the wire name. */
function nameProblems(entry: EntryBase): { problem: string; fix: string }[] {
  const problems: { problem: string; fix: string }[] = [];
  if (entry.name.trim() === '')
    problems.push({ problem: 'the name is empty', fix: 'write the name as the source spells it' });
  if (typeof entry.nameEs === 'string') {
    if (entry.nameEs.trim() === '') {
      problems.push({
        problem: 'the Spanish name is empty',
        fix: 'write it, or say why the name is kept: `nameEs: { kept: … }`',
      });
    } else if (entry.nameEs.trim().toLowerCase() === entry.name.trim().toLowerCase()) {
      problems.push({
        problem: 'the Spanish name repeats the English one',
        fix: 'translate it, or say why the name is kept: `nameEs: { kept: … }`',
      });
    }
  }
  return problems;
}

/** Every `{ en, es }` text anywhere in an entry or the table's meta is filled in and translated. */
export const checkTexts: Check = (table) => {
  const errorsIn = (value: unknown, owner: string): DataError[] =>
    findTexts(value).flatMap((text) =>
      textProblems(text).map((p) => new DataError(table.file, owner, p.problem, p.fix)),
    );
  const nameErrors = table.entries.flatMap((e) =>
    nameProblems(e).map((p) => new DataError(table.file, describeEntry(e), p.problem, p.fix)),
  );
  return [
    ...nameErrors,
    ...table.entries.flatMap((e) => errorsIn(e, describeEntry(e))),
    ...errorsIn(table.meta, 'meta'),
  ];
};

/** In tables with groups, every entry falls in exactly one group. */
export const checkGroups: Check = (table) => {
  if (!table.groups) return [];
  return table.entries.flatMap((e) => {
    const n = table.groups!.filter(
      (g) => typeof e.code === 'number' && e.code >= g.from && e.code <= g.to,
    ).length;
    return n === 1
      ? []
      : [
          new DataError(
            table.file,
            describeEntry(e),
            n === 0 ? 'the code falls in no group' : `the code falls in ${n} groups`,
            'adjust the group ranges so that they cover every code exactly once',
          ),
        ];
  });
};

export const tableChecks: readonly Check[] = [
  checkCodeRange,
  checkDuplicateCodes,
  checkDuplicateAnchors,
  checkTexts,
  checkGroups,
];

/** Finds every `{ table, code }` reference to one of `tableIds` inside a value. */
export function findRefs(value: unknown, tableIds: ReadonlySet<string>): EntryRef[] {
  if (Array.isArray(value)) return value.flatMap((v) => findRefs(v, tableIds));
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  const t = record['table'];
  const c = record['code'];
  if (typeof t === 'string' && tableIds.has(t) && (typeof c === 'number' || typeof c === 'string')) {
    return [{ table: t, code: c }];
  }
  return Object.values(record).flatMap((v) => findRefs(v, tableIds));
}

/** Collects the DataErrors a step throws, so that one bad reference does not hide the others. */
function collect(errors: DataError[], step: () => unknown): void {
  try {
    step();
  } catch (e) {
    if (e instanceof DataError) errors.push(e);
    else throw e;
  }
}

/**
 * Every cross-reference lands on an existing entry: those written in entries, and
 * those a table's facts and extra page parts resolve (building them throws on a dangling one).
 */
export function checkRefs(sections: readonly Section[]): DataError[] {
  const site = buildSiteIndex(sections);
  const ids = new Set(site.tables.map((t) => t.id));
  const errors: DataError[] = [];
  for (const t of site.tables) {
    for (const e of t.entries) {
      for (const ref of findRefs(e, ids)) {
        collect(errors, () => site.link(ref, { file: t.file, entry: describeEntry(e) }));
      }
      collect(errors, () => t.facts(e, site));
      collect(errors, () => t.export.facts(e, site));
    }
    collect(errors, () => {
      // The texts of extra page tables (gRPC's Status fields, error details, client mapping notes)
      // come from content outside the entries: check them like every other text.
      for (const text of findTexts(t.parts?.(site) ?? [])) {
        for (const p of textProblems(text))
          errors.push(new DataError(t.file, 'page parts', p.problem, p.fix));
      }
    });
  }
  return errors;
}

/** Every link a table builds (`{ table, anchor?, label }`) inside a value, however deep. */
export function findLinks(value: unknown): EntryLink[] {
  if (Array.isArray(value)) return value.flatMap(findLinks);
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  if (typeof record['table'] === 'string' && 'label' in record && !('code' in record)) {
    return [record as unknown as EntryLink];
  }
  return Object.values(record).flatMap(findLinks);
}

/**
 * Every link in a table's facts and page parts lands on a registered page and, if it has
 * an anchor, on an id that page publishes (an entry, a row, a section): links to rows and
 * sections are built by hand, so nothing else checks them.
 */
export function checkLinks(sections: readonly Section[]): DataError[] {
  const site = buildSiteIndex(sections);
  const ids = new Set(site.tables.map((t) => t.id));
  const anchorCache = new Map<string, Set<string>>();
  const anchorsOf = (id: string): Set<string> => {
    if (!anchorCache.has(id)) {
      const found: string[] = [];
      // A page whose parts do not build has its own error from checkRefs; its entries still count.
      collect([], () => found.push(...pageAnchors(site.table(id), site)));
      if (found.length === 0)
        found.push(...site.entries(id).flatMap(({ anchor }) => [anchor.id, ...anchor.aliases]));
      anchorCache.set(id, new Set(found));
    }
    return anchorCache.get(id)!;
  };
  const errors: DataError[] = [];
  const check = (t: TableDefinition, owner: string, build: () => unknown) => {
    let built: unknown;
    collect([], () => (built = build()));
    for (const link of findLinks(built)) {
      if (!ids.has(link.table)) {
        errors.push(
          new DataError(
            t.file,
            owner,
            `links to table "${link.table}", which is not registered`,
            'correct the table id',
          ),
        );
      } else if (link.anchor !== undefined && !anchorsOf(link.table).has(link.anchor)) {
        errors.push(
          new DataError(
            t.file,
            owner,
            `links to /${link.table}/#${link.anchor}, which that page does not have`,
            'correct the anchor, or the data it is computed from (npm run anchors:update lists every anchor)',
          ),
        );
      }
    }
  };
  for (const t of site.tables) {
    for (const e of t.entries) check(t, describeEntry(e), () => t.facts(e, site));
    check(t, 'page parts', () => t.parts?.(site));
  }
  return errors;
}

/** Each table is registered once, under the section its id starts with. */
function checkRegistry(sections: readonly Section[]): DataError[] {
  const seen = new Set<string>();
  const errors: DataError[] = [];
  for (const s of sections) {
    for (const t of s.tables) {
      if (seen.has(t.id)) {
        errors.push(
          new DataError(
            t.file,
            '-',
            `table id "${t.id}" is registered twice`,
            'remove one of them from src/tables/registry.ts',
          ),
        );
      }
      seen.add(t.id);
      if (!t.id.startsWith(`${s.id}/`) || t.id.split('/').length !== 2) {
        errors.push(
          new DataError(
            t.file,
            '-',
            `table id "${t.id}" is not of the form "${s.id}/<table>" for its section "${s.id}"`,
            'name the table "<section>/<table>" (it is also its URL path), or register it in its section',
          ),
        );
      }
    }
  }
  return errors;
}

/**
 * Each library identifier file names a registered table and only codes (and, for a code
 * listed twice, entry names) of that table, each once.
 */
export function checkLibraryIdentifiers(
  sections: readonly Section[],
  libraries: readonly LibraryIdentifiers[],
): DataError[] {
  const tables = new Map(sections.flatMap((s) => s.tables.map((t) => [t.id, t] as const)));
  return libraries.flatMap((l) => {
    const file = `content/identifiers/ (${l.library.id}, ${l.table})`;
    const table = tables.get(l.table);
    if (!table) {
      return [
        new DataError(file, '-', `names table "${l.table}", which is not registered`, 'correct `table`'),
      ];
    }
    const seen = new Set<string>();
    return l.identifiers.flatMap((i) => {
      const matches = table.entries.filter(
        (e) => e.code === i.code && (i.entryName === undefined || e.name === i.entryName),
      );
      const key = `${i.code} ${i.entryName ?? ''}`;
      const duplicate = seen.has(key);
      seen.add(key);
      if (matches.length === 1 && !duplicate) return [];
      const problem = duplicate
        ? `names code ${i.code} twice`
        : matches.length === 0
          ? `names code ${i.code}${i.entryName ? ` ("${i.entryName}")` : ''}, which ${l.table} does not have`
          : `names code ${i.code}, which ${l.table} lists more than once`;
      const fix = duplicate
        ? 'keep one identifier per code; put older names in `also`'
        : matches.length === 0
          ? 'correct the code, or add the entry to the table'
          : 'add `entryName` to say which entry the identifier belongs to';
      return [new DataError(file, i.identifier, problem, fix)];
    });
  });
}

/** All problems in all tables. */
export function validateSite(
  sections: readonly Section[],
  libraries: readonly LibraryIdentifiers[] = [],
): DataError[] {
  return [
    ...checkRegistry(sections),
    ...sections.flatMap((s) => s.tables.flatMap((t) => tableChecks.flatMap((check) => check(t)))),
    ...checkRefs(sections),
    ...checkLinks(sections),
    ...checkLibraryIdentifiers(sections, libraries),
  ];
}

/** Throws one error listing every problem, so the build stops with an actionable message. */
export function assertValidSite(
  sections: readonly Section[],
  libraries: readonly LibraryIdentifiers[] = [],
): void {
  const errors = validateSite(sections, libraries);
  if (errors.length > 0) throw new DataErrors(errors);
}
