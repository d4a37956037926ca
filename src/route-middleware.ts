/**
 * Starlight route middleware (astro.config.mjs, `routeMiddleware`): adds to the head of every
 * page the link that lets a browser add the site as a search engine, in the page's language.
 * Starlight's own Head component renders it; nothing of Starlight is copied.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { localeFromParam } from './lib/locales.ts';
import { openSearchPath, openSearchType } from './lib/opensearch.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  route.head.push({
    tag: 'link',
    attrs: {
      rel: 'search',
      type: openSearchType,
      title: context.locals.t('home.title'),
      href: openSearchPath(localeFromParam(route.locale)),
    },
    content: '',
  });
});
