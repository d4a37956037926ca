/** /paste-index.json and /es/paste-index.json: what the paste parser reads in the browser (src/lib/paste-index.ts). */
import type { APIRoute } from 'astro';
import { localeFromParam, localeParam, locales } from '../../lib/locales.ts';
import { buildPasteIndex } from '../../lib/paste-index.ts';
import { getSite } from '../../tables/registry.ts';

export function getStaticPaths() {
  return locales.map((locale) => ({ params: { locale: localeParam(locale) } }));
}

export const GET: APIRoute = ({ params, locals }) =>
  Response.json(
    buildPasteIndex(getSite(), localeFromParam(params.locale), { recognized: locals.t('paste.recognized') }),
  );
