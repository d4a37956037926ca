// A bare two-locale Starlight site: the benchmark's baseline. Same Astro and
// Starlight versions as the real site, default settings, a few Markdown pages.
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  integrations: [
    starlight({
      title: 'Baseline',
      defaultLocale: 'root',
      locales: {
        root: { label: 'English', lang: 'en' },
        es: { label: 'Español', lang: 'es' },
      },
    }),
  ],
});
