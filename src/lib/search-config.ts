/**
 * Pagefind settings shared by the search UI and the tests. Each entry is its own
 * small record (see search-records.ts), so ranking mostly needs to prefer exact
 * words over longer words that merely start with the query (`404` over `40401`).
 */
export const searchRanking = {
  // Strongly prefer a word of the query's length (exact code) over a longer prefix match.
  termSimilarity: 10,
  // Records are all short; a longer description must not push an entry down.
  pageLength: 0,
  termSaturation: 1.4,
  // Rank by where a word appears (code and name weigh most), not by how often the
  // description repeats it: otherwise "UNAVAILABLE" ranks HTTP 503 above gRPC UNAVAILABLE.
  termFrequency: 0,
  // Pagefind adds a bonus when the record's title holds the query's words. The title
  // repeats the code and the English name (and the table's title), which the weighted body
  // already counts; the bonus counted them twice and nothing else: on a Spanish record,
  // `latido` matched only in the body and lost to every title with `later` (same stem).
  metaWeights: { title: 0 },
} as const;

export const searchUiOptions = {
  ranking: searchRanking,
  // Pagefind UI waits 300 ms after the last keystroke by default; the index is small enough to search on every key.
  debounceTimeoutMs: 0,
  resetStyles: false,
} as const;
