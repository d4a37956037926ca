// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { buildSidebar } from './src/lib/sidebar.ts';
import { tables } from './src/tables/registry.ts';

export default defineConfig({
  site: 'https://status-codes.example.org',
  trailingSlash: 'always',
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
      sidebar: buildSidebar(tables),
      customCss: ['./src/styles/entries.css'],
    }),
  ],
});
