declare namespace StarlightApp {
  type UiStrings = import('./i18n/ui-strings.ts').UiStrings;
  // Types `Astro.locals.t()` with the site's own UI keys as well as Starlight's (the documented
  // augmentation is an empty interface extending them).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface I18n extends UiStrings {}
}
