// Types of what the middleware (src/middleware.ts) puts on Astro.locals for every page.
declare namespace App {
  interface Locals {
    locale: import('./i18n/locales.ts').Locale;
    t: import('./i18n/index.ts').Translate;
    /** The site settings of the region (content/site.yaml). */
    site: import('./schemas/site.ts').SiteSettings;
    /** Which optional sections the region has content for. */
    sections: import('./content-types.ts').OptionalSections;
  }
}
