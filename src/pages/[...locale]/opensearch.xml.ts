/** /opensearch.xml and /es/opensearch.xml: the site as a browser search engine (src/lib/opensearch.ts). */
import type { APIRoute } from 'astro';
import { localeFromParam, localeParam, locales } from '../../lib/locales.ts';
import { openSearchDescription, openSearchType } from '../../lib/opensearch.ts';

export function getStaticPaths() {
  return locales.map((locale) => ({ params: { locale: localeParam(locale) } }));
}

export const GET: APIRoute = ({ params, locals, site }) =>
  new Response(
    openSearchDescription(localeFromParam(params.locale), site!, {
      shortName: locals.t('opensearch.shortName'),
      description: locals.t('home.description'),
    }),
    { headers: { 'Content-Type': `${openSearchType}; charset=utf-8` } },
  );
