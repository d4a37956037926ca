declare namespace StarlightApp {
  type UiStrings = import('./i18n/ui-strings.ts').UiStrings;
  // Types `Astro.locals.t()` with the site's own UI keys as well as Starlight's.
  interface I18n extends UiStrings {}
}
