/**
 * A user-visible text in every language the site ships.
 *
 * Both keys are required, so a missing translation is a compile error. Prose may
 * use `backticks` for inline code and a blank line ("\n\n") between paragraphs;
 * nothing else is interpreted (no HTML, no Markdown links).
 */
export interface Text {
  readonly en: string;
  readonly es: string;
}

/** A remark attached to an entry, e.g. where sources disagree. */
export interface Note {
  /** `disagreement`: sources say different things; `caution`: a trap; `info`: context. */
  readonly kind: 'disagreement' | 'caution' | 'info';
  readonly text: Text;
}

/** A link to an outside authority (RFC section, proto file, official docs page). */
export interface Citation {
  /** Short label shown to the reader, e.g. "RFC 9110, Section 15.5.5". Not translated. */
  readonly label: string;
  readonly url: string;
}
