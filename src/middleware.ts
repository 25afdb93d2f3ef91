// Every page learns its language and the site-wide data one way: the middleware puts the locale
// (from the address: /sv/…, /en/…, else Finnish), its translator and the shell's data (site
// settings, optional sections) on Astro.locals. Pages and components read `Astro.locals` instead
// of passing these down as props or querying content themselves.
import { defineMiddleware } from 'astro:middleware';
import * as content from './content.ts';
import { useTranslations, type Translate } from './i18n/index.ts';
import { PUBLISHED_LOCALES, splitLocale, type Locale } from './i18n/locales.ts';
import { siteRouteData, type SiteRouteData } from './route-data/site.ts';

/** One translator per language for the whole build (they hold no per-page state). */
const translators = new Map<Locale, Translate>(PUBLISHED_LOCALES.map((locale) => [locale, useTranslations(locale)]));

let shell: Promise<SiteRouteData> | undefined;

export const onRequest = defineMiddleware(async (context, next) => {
  const { locale } = splitLocale(context.url.pathname);
  context.locals.locale = locale;
  context.locals.t = translators.get(locale) ?? useTranslations(locale);
  const { site, sections } = await (shell ??= siteRouteData(content));
  context.locals.site = site;
  context.locals.sections = sections;
  return next();
});
