/**
 * The site's languages. English is Starlight's root locale (no URL prefix);
 * Spanish lives under `/es/`. Slugs and anchors are identical in both.
 */
import type { Text } from '../schema/text.ts';

export const locales = ['en', 'es'] as const;
export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = 'en';

/** Starlight's `lang` attribute per locale. */
export const langTags: Record<Locale, string> = { en: 'en', es: 'es' };

/** The URL prefix of a locale: `''` for the root locale, `/es` for Spanish. */
export function localePrefix(locale: Locale): string {
  return locale === defaultLocale ? '' : `/${locale}`;
}

/** Site-relative path of a page in a locale, e.g. `localePath('es', '/grpc/status-codes/')`. */
export function localePath(locale: Locale, path: string): string {
  return `${localePrefix(locale)}${path}`;
}

/** The value of the `[...locale]` route parameter: `undefined` for the root locale. */
export function localeParam(locale: Locale): string | undefined {
  return locale === defaultLocale ? undefined : locale;
}

/** Inverse of `localeParam`; throws on a locale the site does not ship. */
export function localeFromParam(param: string | undefined): Locale {
  if (param === undefined || param === '') return defaultLocale;
  const found = locales.find((l) => l === param);
  if (!found) throw new Error(`Unknown locale "${param}" in URL; expected one of ${locales.join(', ')}.`);
  return found;
}

/** Picks a text's translation. */
export function pick(text: Text, locale: Locale): string {
  return text[locale];
}
