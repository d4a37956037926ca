/**
 * The site as a browser search engine: an OpenSearch 1.1 description per language
 * (`/opensearch.xml`, `/es/opensearch.xml`), whose template is the home page's `?q=`,
 * which opens search with the query. Every page links to the one of its language.
 * @see https://github.com/dewitt/opensearch/blob/master/opensearch-1-1-draft-6.md
 */
import { localePath, type Locale } from './locales.ts';

export const openSearchType = 'application/opensearchdescription+xml';

/** Where a language's description is served: `/opensearch.xml`, `/es/opensearch.xml`. */
export function openSearchPath(locale: Locale): string {
  return localePath(locale, '/opensearch.xml');
}

export interface OpenSearchTexts {
  /** At most 16 characters (the specification's limit): browsers list the engine by it. */
  readonly shortName: string;
  /** At most 1,024 characters. */
  readonly description: string;
}

const escapeXml = (s: string): string =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

/** The description document of one language; `site` is the absolute origin (`https://…`). */
export function openSearchDescription(locale: Locale, site: URL, texts: OpenSearchTexts): string {
  if ([...texts.shortName].length > 16) {
    throw new Error(`OpenSearch short name "${texts.shortName}" is longer than 16 characters: shorten it.`);
  }
  const absolute = (path: string) => new URL(path, site).href;
  // `{searchTerms}` must stay literal: build the template around it, not through URL().
  const template = `${absolute(localePath(locale, '/'))}?q={searchTerms}`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">',
    `  <ShortName>${escapeXml(texts.shortName)}</ShortName>`,
    `  <Description>${escapeXml(texts.description)}</Description>`,
    '  <InputEncoding>UTF-8</InputEncoding>',
    `  <Language>${locale}</Language>`,
    `  <Image width="16" height="16" type="image/svg+xml">${escapeXml(absolute('/favicon.svg'))}</Image>`,
    `  <Url type="text/html" method="get" template="${escapeXml(template)}"/>`,
    `  <Url type="${openSearchType}" rel="self" template="${escapeXml(absolute(openSearchPath(locale)))}"/>`,
    `  <moz:SearchForm>${escapeXml(absolute(localePath(locale, '/')))}</moz:SearchForm>`,
    '</OpenSearchDescription>',
    '',
  ].join('\n');
}
