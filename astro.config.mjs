// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { cspInlineHashes } from './src/integrations/csp-inline-hashes.ts';
import { scriptsAfterLoad } from './src/integrations/scripts-after-load.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { siteSearch } from './src/integrations/site-search.ts';
import { tableOfContents } from './src/integrations/table-of-contents.ts';
import { buildSidebar } from './src/lib/sidebar.ts';
import { sections } from './src/tables/registry.ts';

export default defineConfig({
  site: 'https://status-codes.example.org',
  trailingSlash: 'always',
  // No Markdown code blocks to highlight: the pages are generated from data.
  markdown: { syntaxHighlight: false },
  // Starlight turns on Astro's prefetch for every link. Its script is one more request in each
  // page's head, and at load it walks every link and watches the page for new ones: over 900 on
  // the JSON error codes page, whose in-page links it never prefetches. Off: what it would save
  // is one round trip when a reader moves to another table.
  prefetch: false,
  // A strict Content-Security-Policy <meta> on every page: scripts and styles by hash or from
  // this origin only (cspInlineHashes adds the hashes of is:inline scripts, which Astro skips). Pagefind compiles its search engine from WebAssembly, hence 'wasm-unsafe-eval'.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: {
        resources: [
          "'self'",
          // Starlight and Pagefind's UI set a few style attributes; CSS in an attribute cannot run code.
          { resource: "'unsafe-inline'", kind: 'attribute' },
        ],
      },
    },
  },
  integrations: [
    starlight({
      title: { en: 'Status codes reference', es: 'Referencia de códigos de estado' },
      description:
        'Discord, gRPC and HTTP status codes in English and Spanish: what each one means and what to do.',
      defaultLocale: 'root',
      locales: {
        root: { label: 'English', lang: 'en' },
        es: { label: 'Español', lang: 'es' },
      },
      sidebar: buildSidebar(sections),
      // Code samples are plain <pre> blocks; Expressive Code's highlighter is not needed.
      expressiveCode: false,
      customCss: ['./src/styles/entries.css', './src/styles/layout.css'],
      // The search index is built from the data (src/integrations/search-index.ts), one record per entry.
      pagefind: false,
      // src/pages/404.astro: one page for every missing path, in both languages.
      disable404Route: true,
      // Starlight's search component, wrapped: src/components/SiteSearch.astro. Its table of
      // contents with a cheaper query: src/integrations/table-of-contents.ts.
      plugins: [siteSearch(), tableOfContents()],
      // Every page's <head> links the OpenSearch description of its language.
      routeMiddleware: './src/route-middleware.ts',
    }),
    searchIndex(),
    // Before cspInlineHashes, which must hash the inline script this one writes.
    scriptsAfterLoad(),
    cspInlineHashes(),
  ],
});
