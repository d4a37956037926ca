/**
 * Where the excerpt under a search result starts and ends: statements of the engine that Pagefind
 * writes next to the index (`pagefind.js`), patched once the index is written (search-index.ts).
 *
 * Pagefind slides a window as long as the excerpt (30 words) over the record and starts the
 * excerpt at the window with the most matches, at the middle one when several tie. An entry's
 * record opens with its code and its names (src/lib/search-records.ts), so a match among the
 * names started the excerpt a few words in, without the code and part of the first name:
 * «de sesión de un solo uso no válido; Invalid one time login ticket; …» for JSON error code
 * 20049, «Session; sesión inválida; …» for Gateway opcode 9. An excerpt that would start in
 * the first third of its length now starts at the record's first word instead: «20049. Ticket
 * de inicio de sesión de un solo uso no válido; …». Its window ends at most ten words earlier,
 * so a match in those words is left out of the excerpt; the result and its rank are unchanged.
 * A match further in keeps Pagefind's window.
 *
 * And a record found only by its text to be found but not read (an entry's library constants,
 * in the one-word form Pagefind searches for, after `searchOnlyMarker`: search-records.ts)
 * shows its opening too: `codes.Canceled` showed «…not as CANCELLED. codescanceled canceled
 * statuscodecancelled…» under gRPC's CANCELLED, and now shows «1. CANCELLED; canceled; The
 * operation was canceled…». And an excerpt whose window would reach those words from a match
 * before them ends where they start (`missing permissions` showed «…enabled: true again.
 * restjsonerrorcodescannotenable…» under JSON error code 350000); it slides back instead. Both
 * in the two statements where the engine loads a result's fragment.
 *
 * It depends on the exact file recorded in `upstream`; tests/unit/search-excerpt-upstream.test.ts
 * writes an index with the installed Pagefind and fails when its engine differs.
 */
import { searchOnlyMarker } from '../lib/search-records.ts';
import { replaceOnce } from './upstream-patch.ts';

/** The engine this patch was written against: Pagefind's version and the SHA-256 of the `pagefind.js` it writes. */
export const upstream = {
  package: 'pagefind',
  version: '1.6.0',
  file: 'pagefind.js',
  sha256: '02746cc529f88f853275720dcb1c2b6a18b0c7a92b73fae82ca2738e64500bcd',
} as const;

/** The end of `calculate_excerpt_region(word_positions, excerpt_length)`: the middle of the densest windows. */
const densestWindowStart =
  /let midpoint=densest_at\[Math\.floor\(densest_at\.length\/2\)\];return midpoint;/g;

const startAtRecordOpening =
  'let midpoint=densest_at[Math.floor(densest_at.length/2)];return midpoint*3<=excerpt_length?0:midpoint;';

/** Where `loadFragment` picks the start of a result's excerpt, and builds it. */
const resultExcerpt =
  /const excerpt_start=calculate_excerpt_region\(weighted_locations,this\.excerptLength\);const excerpts=build_excerpt\(fragment\.raw_content,excerpt_start,this\.excerptLength,fragment\.locations,void 0,void 0,this\.excerptEllipsis\);/g;

const markerLiteral = `"\\u${searchOnlyMarker.codePointAt(0)!.toString(16).padStart(4, '0')}"`;

/**
 * The same start, or the record's first word when every match lies after the marker; and an
 * excerpt that ends before the marker (`build_excerpt`'s `not_from`, which Pagefind uses to end
 * a sub-result's excerpt at the next heading: the window slides back to end there).
 */
const skipSearchOnlyText =
  `const search_only_from=fragment.raw_content.split(word_separators).lastIndexOf(${markerLiteral});` +
  'const excerpt_start=search_only_from>=0&&weighted_locations.length>0&&' +
  'weighted_locations.every((l)=>l.location>search_only_from)' +
  '?0:calculate_excerpt_region(weighted_locations,this.excerptLength);' +
  'const excerpts=build_excerpt(fragment.raw_content,excerpt_start,this.excerptLength,fragment.locations,' +
  'void 0,search_only_from>=0?search_only_from:void 0,this.excerptEllipsis);';

/**
 * Pagefind's engine with excerpts that start at the record's first word when Pagefind would
 * start them within the first third of their length, or in text to be found but not read, and
 * that never show that text.
 * Throws when a statement it replaces is not there exactly once, i.e. when Pagefind has changed.
 */
export function excerptFromRecordOpening(engine: string): string {
  const opening = replaceOnce(engine, densestWindowStart, startAtRecordOpening, "Pagefind's excerpt start");
  return replaceOnce(opening, resultExcerpt, skipSearchOnlyText, "Pagefind's result excerpt");
}
