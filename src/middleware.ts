// Every page learns its language one way: from its address (/sv/…, /en/…, else Finnish). The
// middleware puts the locale and its translator on Astro.locals, so pages and components read
// `Astro.locals.locale` and `Astro.locals.t` instead of passing them down as props.
import { defineMiddleware } from 'astro:middleware';
import { useTranslations, type Translate } from './i18n/index.ts';
import { PUBLISHED_LOCALES, splitLocale, type Locale } from './i18n/locales.ts';

/** One translator per language for the whole build (they hold no per-page state). */
const translators = new Map<Locale, Translate>(PUBLISHED_LOCALES.map((locale) => [locale, useTranslations(locale)]));

export const onRequest = defineMiddleware((context, next) => {
  const { locale } = splitLocale(context.url.pathname);
  context.locals.locale = locale;
  context.locals.t = translators.get(locale) ?? useTranslations(locale);
  return next();
});
