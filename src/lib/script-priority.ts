/**
 * Lowers the fetch priority of a page's external module scripts.
 *
 * Every script on these pages enhances what the HTML already shows (search, filters, the table
 * of contents' current section): none is needed for the first paint. Chromium fetches module
 * scripts at high priority, next to the document and its stylesheet; at low priority the
 * bandwidth of a slow connection goes to what the reader sees first. Module scripts still run
 * after parsing, in document order, so nothing else changes.
 */
const externalModuleScript =
  /<script\b(?=[^>]*\btype="module")(?=[^>]*\ssrc=)(?![^>]*\sfetchpriority=)([^>]*)>/gi;

export function lowerScriptPriority(html: string): string {
  return html.replace(
    externalModuleScript,
    (_tag, attributes: string) => `<script${attributes} fetchpriority="low">`,
  );
}
