/**
 * An error in the content data. Its message names the file, the entry, what is
 * wrong and how to fix it, so the build output is enough to act on.
 */
export class DataError extends Error {
  readonly file: string;
  readonly entry: string;
  readonly problem: string;
  readonly fix: string;

  constructor(file: string, entry: string, problem: string, fix: string) {
    super(`${file}: entry ${entry}: ${problem}\n  Fix: ${fix}`);
    this.name = 'DataError';
    this.file = file;
    this.entry = entry;
    this.problem = problem;
    this.fix = fix;
  }
}

/** Several data errors reported at once, so one build run lists them all. */
export class DataErrors extends Error {
  readonly errors: readonly DataError[];

  constructor(errors: readonly DataError[]) {
    super(
      `${errors.length} problem${errors.length === 1 ? '' : 's'} in the content data:\n\n` +
        errors.map((e) => e.message).join('\n\n'),
    );
    this.name = 'DataErrors';
    this.errors = errors;
  }
}

/** How an entry is named in messages: `4004 "Authentication failed"`. */
export function describeEntry(entry: { code: number | string; name: string }): string {
  return `${entry.code} "${entry.name}"`;
}
