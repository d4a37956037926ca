/**
 * How an entry's names and constants are written into its search record, so that
 * Pagefind counts each of them the way a reader means it.
 *
 * Pagefind splits a word at dots, colons and capitals and indexes every part:
 * `RESTJSONErrorCodes.ChannelWriteRateLimit` also counts as `rate` and `limit`, once
 * per library that has a constant for the entry. An entry with four libraries then
 * outranked entries *named* "rate limit" for the words `rate limit`. It also sums
 * every occurrence of a word: an entry whose aliases repeat a word of its name
 * ("Heartbeat ACK", "heartbeat acknowledgement") outranked the entry named exactly
 * that word ("Heartbeat").
 */

/**
 * A query as Pagefind normalizes it before searching (pagefind.js 1.6): lower case,
 * punctuation (dashes, brackets, quotes, `.`, `:`, `/`…) removed without a space,
 * `_` kept. `codes.Canceled` is searched as `codescanceled`.
 */
export function normalizedQueryWord(text: string): string {
  return text.toLowerCase().replace(/[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu, '');
}

/**
 * The words a constant is typed as, each as one lower-case word Pagefind does not
 * split: the whole constant, and what is left after each separator, down to the
 * member alone, because people drop the package or the enum
 * (`grpc.StatusCode.CANCELLED` → `grpcstatuscodecancelled`, `statuscodecancelled`,
 * `cancelled`; `discordgo.ErrCodeUnknownGuild` → …, `errcodeunknownguild`).
 */
export function identifierWords(identifier: string): string[] {
  const parts = identifier.split(/[^\p{L}\p{N}_]+/u).filter(Boolean);
  return parts.map((_, i) => normalizedQueryWord(parts.slice(i).join('')));
}

/**
 * Whether a name is written as a constant: one word whose parts are joined by `_`,
 * `.` or `::` (`CLOSE_ABNORMAL`, `too_many_pings`), not words for people to read.
 */
export function isConstant(name: string): boolean {
  return /^[\p{L}\p{N}]+(?:(?:_|\.|::)[\p{L}\p{N}]+)+$/u.test(name);
}

/** The distinct words of many constants (libraries often share a spelling). */
export function identifiersWords(identifiers: readonly string[]): string[] {
  return [...new Set(identifiers.flatMap(identifierWords))];
}

/** A word of an entry's name, and whether an earlier name of the entry already has it. */
export interface NameWord {
  readonly word: string;
  readonly repeated: boolean;
}

/**
 * Names split into words, each marked `repeated` when an earlier name already has it, so
 * that each word that names the entry counts once while every name stays whole for the
 * reader: `Heartbeat ACK`, `heartbeat acknowledgement` → the second `heartbeat` is
 * repeated. A name all of whose words are repeated adds nothing and is left out
 * (`NOT FOUND`, `not found`). Words compare as Pagefind reads them (case, punctuation and
 * accents aside). Pass `seen` on to mark, in a second list, the words of the first.
 */
export function markRepeatedWords(names: readonly string[], seen = new Set<string>()): NameWord[][] {
  const key = (word: string) => normalizedQueryWord(word.normalize('NFD').replace(/\p{M}/gu, ''));
  return names.flatMap((name) => {
    let addsAWord = false;
    const words = name
      .split(/\s+/)
      .filter((word) => word !== '')
      .map((word) => {
        const k = key(word);
        const repeated = k !== '' && seen.has(k);
        if (k !== '' && !repeated) {
          seen.add(k);
          addsAWord = true;
        }
        return { word, repeated };
      });
    return addsAWord ? [words] : [];
  });
}
