// Types of what the middleware (src/middleware.ts) puts on Astro.locals for every page.
declare namespace App {
  interface Locals {
    locale: import('./i18n/locales.ts').Locale;
    t: import('./i18n/index.ts').Translate;
  }
}
