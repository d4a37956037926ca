/**
 * User-visible texts in every language the site ships. Both keys are required,
 * so a missing translation is a compile error.
 */

/** A short text: a title, a label, a name. One line, no markup. */
export interface Text {
  readonly en: string;
  readonly es: string;
}

/**
 * One paragraph (a string) or several (an array, one string per paragraph).
 * `backticks` mark inline code; nothing else is interpreted (no HTML, no
 * Markdown links), so the data cannot inject markup.
 */
export type Paragraphs = string | readonly string[];

/** A longer text in every language: descriptions, intros, notes, section bodies. */
export interface Prose {
  readonly en: Paragraphs;
  readonly es: Paragraphs;
}

/** A remark attached to an entry, e.g. where sources disagree. */
export interface Note {
  /** `disagreement`: sources say different things; `caution`: a trap; `info`: context. */
  readonly kind: 'disagreement' | 'caution' | 'info';
  readonly text: Prose;
}

/** A link to an outside authority (RFC section, proto file, official docs page). */
export interface Citation {
  /** Short label shown to the reader, e.g. "RFC 9110, Section 15.5.5". Not translated. */
  readonly label: string;
  readonly url: string;
}
