/**
 * The project's vocabulary, as rules a test applies to every text: for each
 * language, the words a text must not use and the term to use instead. The
 * reasons, in prose, are in docs/glossary.md; keep both in step (a test checks
 * that every suggested term appears there).
 *
 * What the rules never look at: inline code (`backticks`), and, unless a rule
 * says otherwise, quoted text ("…", “…”, «…»), which quotes an API message, a
 * name or a word as a word. A match must be a whole word: letters, digits and
 * `_` on either side make it part of an identifier (`CANCELLED`,
 * `SOUNDBOARD_SOUNDS`), which the rules leave alone.
 */

export type Language = 'en' | 'es';

export interface GlossaryRule {
  /** Short stable name, used in messages and in the glossary. */
  readonly id: string;
  readonly language: Language;
  /** What a text must not say: a whole word or phrase (see `word`). */
  readonly reject: RegExp;
  /** The term to use instead, as the message shows it. */
  readonly suggest: string;
  readonly why: string;
  /**
   * Also look inside quotes. Set for Spanish words that no English API message
   * can contain («petición»); left unset where a quote may cite a message or a
   * source's own wording ("rate limit", «límite de velocidad»).
   */
  readonly inQuotes?: boolean;
  /** Only in the texts of these sections' tables (`discord`); every text when unset. */
  readonly sections?: readonly string[];
}

/** A rejected word found in a text. */
export interface Violation {
  readonly rule: GlossaryRule;
  /** The words as the text has them. */
  readonly found: string;
  /** Some text around them, for the message. */
  readonly context: string;
}

const letter = String.raw`\p{L}\p{N}_`;

/**
 * A whole-word pattern: no letter, digit or `_` may touch it on either side
 * (JavaScript's `\b` knows only ASCII, so it would cut «petición» after the «ó»).
 */
export function word(source: string, flags = ''): RegExp {
  return new RegExp(String.raw`(?<![${letter}])(?:${source})(?![${letter}])`, `gu${flags}`);
}

/** `[Bb]ehaviour`: a word at the start of a sentence or not, but never in capitals (a constant). */
const cased = (stem: string) => `[${stem[0]!.toUpperCase()}${stem[0]!.toLowerCase()}]${stem.slice(1)}`;

/** British -ise/-isation stems that US English writes with z. */
const iseStems = [
  'analy',
  'apologi',
  'authori',
  'capitali',
  'categori',
  'characteri',
  'customi',
  'deseriali',
  'emphasi',
  'finali',
  'initiali',
  'locali',
  'maximi',
  'memori',
  'minimi',
  'normali',
  'optimi',
  'organi',
  'prioriti',
  'reali',
  'recogni',
  'reorgani',
  'resynchroni',
  'saniti',
  'seriali',
  'speciali',
  'standardi',
  'summari',
  'synchroni',
  'tokeni',
  'unrecogni',
  'utili',
  'visuali',
];

/** British -our words. */
const ourStems = ['behavi', 'col', 'endeav', 'fav', 'flav', 'harb', 'hon', 'hum', 'lab', 'neighb', 'rum'];

export const glossary: readonly GlossaryRule[] = [
  // ─── Spanish ───────────────────────────────────────────────────────────────
  {
    id: 'solicitud',
    language: 'es',
    reject: word('petici[oó]n|peticiones|peticion(?:ar|a|an|ó|aron)', 'i'),
    suggest: 'solicitud / solicitudes',
    why: 'One word for an HTTP or API request, as the Spanish version of Discord’s documentation says.',
    inQuotes: true,
  },
  {
    id: 'limite-de-velocidad',
    language: 'es',
    reject: word('l[ií]mites? de velocidad', 'i'),
    suggest: 'límite de solicitudes (rate limit)',
    why: 'A rate limit limits how often, not how fast; «límite de velocidad» is a calque. Quote it as the Spanish source’s term where it helps a search.',
  },
  {
    id: 'rate-limit',
    language: 'es',
    reject: word('(?<!l[ií]mites? de solicitudes \\()rate[- ]?limit(?:s|ed|ing)?', 'i'),
    suggest: 'límite de solicitudes (rate limit)',
    why: 'Spanish prose says «límite de solicitudes»; the English term goes once, in brackets after it.',
  },
  {
    id: 'biblioteca',
    language: 'es',
    reject: word('librer[ií]as?', 'i'),
    suggest: 'biblioteca',
    why: 'A software library is a «biblioteca»; a «librería» sells books.',
    inQuotes: true,
  },
  {
    id: 'token-de-acceso',
    language: 'es',
    reject: word('(?<!tokens? de acceso \\()access[- ]tokens?', 'i'),
    suggest: 'token de acceso',
    why: 'OAuth2’s terms in Spanish; the English one may follow once in brackets.',
  },
  {
    id: 'token-de-actualizacion',
    language: 'es',
    reject: word('(?<!tokens? de actualizaci[oó]n \\()refresh[- ]tokens?', 'i'),
    suggest: 'token de actualización',
    why: 'OAuth2’s terms in Spanish; the English one may follow once in brackets.',
  },
  {
    id: 'trama',
    language: 'es',
    reject: word('(?<!tramas? \\()frames?', 'i'),
    suggest: 'trama',
    why: 'A WebSocket or IPC frame is a «trama», as in the rest of the site.',
  },
  {
    id: 'panel-de-sonidos',
    language: 'es',
    // Lower case only: «Request Soundboard Sounds» is an opcode's name.
    reject: word('(?<!panel de sonidos \\()soundboards?'),
    suggest: 'panel de sonidos',
    why: 'Discord’s Spanish app calls the soundboard «panel de sonidos».',
  },
  {
    id: 'el-rfc',
    language: 'es',
    reject: word(
      '(?:la|las|una|esta|esa|dicha|otra|misma|nueva|antigua|propia|sola|ninguna|alguna|algunas|varias|todas) RFC',
      'i',
    ),
    suggest: 'el RFC / los RFC',
    why: 'An RFC is a «documento» (Request for Comments): masculine, like «el RFC» in most Spanish technical writing.',
    inQuotes: true,
  },
  {
    id: 'portal-de-desarrolladores',
    language: 'es',
    reject: word('Developer Portal', 'i'),
    suggest: 'portal de desarrolladores',
    why: 'Say where it is in Spanish; the page names inside it (Bot, OAuth2, Installation) stay as the portal shows them.',
  },
  {
    id: 'comillas',
    language: 'es',
    reject: /["“”]/gu,
    suggest: '«…»',
    why: 'Spanish prose quotes with angle quotes, also around an English message; straight quotes only inside `code`.',
    inQuotes: true,
  },
  {
    id: 'servidor',
    language: 'es',
    reject: word('gremios?', 'i'),
    suggest: 'servidor',
    why: 'Discord’s Spanish app says «servidor»; the API calls it guild (`guild_id`), which a page says once where it matters.',
  },

  // ─── English ───────────────────────────────────────────────────────────────
  {
    id: 'us-our',
    language: 'en',
    reject: word(`(?:${ourStems.map(cased).join('|')})our(?:s|ed|ing|able|al|ite|ites)?`),
    suggest: '-or (behavior, color, honor)',
    why: 'US spelling throughout; names of codes and messages stay as their sources spell them.',
  },
  {
    id: 'us-ize',
    language: 'en',
    reject: word(`(?:${iseStems.map(cased).join('|')})s(?:e|es|ed|ing|ation|ations)`),
    suggest: '-ize, -ization (recognize, serialization)',
    why: 'US spelling throughout; names of codes and messages stay as their sources spell them.',
  },
  {
    id: 'us-canceled',
    language: 'en',
    reject: word('[Cc]ancell(?:ed|ing|er|ers)'),
    suggest: 'canceled, canceling',
    why: 'US spelling («cancellation» keeps its two l). The gRPC constant `CANCELLED` is a name and stays.',
  },
  {
    id: 'us-fulfill',
    language: 'en',
    reject: word('[Ff]ulfil(?:s|ment)?'),
    suggest: 'fulfill, fulfillment',
    why: 'US spelling throughout.',
  },
  {
    id: 'us-other',
    language: 'en',
    reject: word(
      '[Ll]icence|[Dd]efence|[Oo]ffence|[Cc]atalogue|[Cc]entre|[Jj]udgement|[Aa]cknowledgements?|[Gg]rey|[Ss]ignall(?:ed|ing)|[Ll]abell(?:ed|ing)|[Mm]odell(?:ed|ing)|[Tt]ravell(?:ed|ing)|[Tt]owards|[Ww]hilst|[Aa]mongst',
    ),
    suggest: 'US form (license, acknowledgment, signaling, toward, while, among)',
    why: 'US spelling and usage throughout.',
  },
  {
    id: 'guild',
    language: 'en',
    // On Discord's pages a bare "server" reads as a guild, so a machine is named as one (the voice,
    // RPC, Gateway or HTTP server, Discord's servers), and only Discord's product names keep the
    // word on its own (Server Boost, Server Discovery, server settings, server perks…).
    reject: word(
      "(?<!(?:voice|RPC|Gateway|HTTP|inbound|local|[Gg]ame|Discord's|Verified) )[Ss]ervers?(?:'s|')?(?! (?:Discovery|[Bb]oosts?|[Bb]ooster|[Ss]ubscriptions?|[Ss]hop|[Gg]uide|[Ss]ettings|tags?|[Tt]hemes|perks?|API|[Ee]rror|side))(?!-(?:muted|deafened|side))",
    ),
    suggest: 'guild',
    why: 'Discord’s API object is the guild (`guild_id`, `/guilds/…`); two pages say once that the app calls it a server. A machine is named as one (the voice server, the RPC server). Quoted messages keep their wording.',
    sections: ['discord'],
  },
  {
    id: 'no-contractions',
    language: 'en',
    reject: word(
      "\\p{L}+n['’]t|(?:I|you|we|they|he|she|it|that|there|here|what|who|where|let)['’](?:m|re|ll|ve|d|s)",
      'i',
    ),
    suggest: 'the full form (do not, is not, cannot, you are)',
    why: 'Reference prose spells words out, as nearly all of it already did; quoted messages keep theirs.',
  },
];

/**
 * A term a text must explain the first time it uses it. A text is one field
 * (a description, a note, a section's body), all its paragraphs in order; its
 * first use of the term, outside code and quotes, must be followed by the gloss.
 */
export interface FirstMentionRule {
  readonly id: string;
  readonly language: Language;
  /** The term, in the sense the rule is about. */
  readonly term: RegExp;
  /** What must come right after the term's first use. */
  readonly gloss: RegExp;
  readonly suggest: string;
  readonly why: string;
}

export const firstMentions: readonly FirstMentionRule[] = [
  {
    id: 'rate-limit-first-mention',
    language: 'es',
    // «límite de solicitudes inválidas» is another limit (Discord's, on 401, 403 and 429 responses).
    term: word('l[ií]mites? de solicitudes(?! inv[aá]lidas)', 'i'),
    gloss: /^ \(rate limits?\)/u,
    suggest: 'límite de solicitudes (rate limit)',
    why: 'The English term, in brackets, tells the reader which limit this is and what to search for; once per text is enough.',
  },
];

/** The first use of the rule's term in a text, when the gloss does not follow it. */
export function checkFirstMention(
  paragraphs: readonly string[],
  rule: FirstMentionRule,
): { readonly found: string; readonly context: string } | undefined {
  const text = paragraphs.join('\n');
  const [first] = exempt(text, rule.language, true).matchAll(rule.term);
  if (!first || rule.gloss.test(text.slice(first.index + first[0].length))) return undefined;
  return {
    found: first[0],
    context: text.slice(Math.max(0, first.index - 40), first.index + first[0].length + 40),
  };
}

/**
 * Connectors that are right now and then but read mechanically when every
 * other sentence uses them: a text may use one at most once, and all texts
 * together only in a small share of their paragraphs.
 */
export interface StyleLimit {
  readonly id: string;
  readonly language: Language;
  readonly pattern: RegExp;
  readonly maxPerText: number;
  /** Uses allowed per paragraph of that language, over all texts. */
  readonly maxShare: number;
  readonly suggest: string;
  readonly why: string;
}

export const styleLimits: readonly StyleLimit[] = [
  {
    id: 'asi-que',
    language: 'es',
    pattern: word('así que', 'i'),
    maxPerText: 1,
    maxShare: 0.01,
    suggest: 'a colon, «por lo que», «de modo que», «como…», «y», or two sentences',
    why: 'It mirrored the English ", so" in one sentence out of three; Spanish varies the link between cause and consequence.',
  },
];

/** How many times a style limit's pattern occurs in a paragraph, outside code and quotes. */
export function countStyle(text: string, limit: StyleLimit): number {
  return [...exempt(text, limit.language, true).matchAll(limit.pattern)].length;
}

const mask = (s: string) => s.replace(/[^\n]/g, ' ');

/** The text with what no rule looks at blanked out (same length, so positions hold). */
export function exempt(text: string, language: Language, quotes: boolean): string {
  let out = text.replace(/`[^`]*`/g, mask);
  if (quotes) {
    out = out.replace(/«[^»]*»|“[^”]*”/g, mask);
    // Straight quotes in Spanish are themselves a fault, so only English skips them.
    if (language === 'en') out = out.replace(/"[^"]*"/g, mask);
  }
  return out;
}

/** Every rejected word in one paragraph, for the rules of its language (and of its table's section, when given). */
export function checkText(
  text: string,
  language: Language,
  table?: string,
  rules: readonly GlossaryRule[] = glossary,
): Violation[] {
  const withQuotes = exempt(text, language, false);
  const withoutQuotes = exempt(text, language, true);
  return rules
    .filter(
      (r) =>
        r.language === language &&
        (!r.sections || (table !== undefined && r.sections.includes(table.split('/')[0]!))),
    )
    .flatMap((rule) =>
      [...(rule.inQuotes ? withQuotes : withoutQuotes).matchAll(rule.reject)].map((m) => ({
        rule,
        found: m[0],
        context: text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40),
      })),
    );
}
