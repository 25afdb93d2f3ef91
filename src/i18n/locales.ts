// Locales are defined once here and reused by routing, the sitemap and the language switcher.
// Finnish is the master language and lives at the unprefixed root; others are mirrored under /sv/, /en/.
export const ALL_LOCALES = ['fi', 'sv', 'en'] as const;
export type Locale = (typeof ALL_LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'fi';

/** Locales that are built and linked. Adding one here publishes a mirror of every route. */
export const PUBLISHED_LOCALES: readonly Locale[] = ['fi', 'sv', 'en'];

/** Each language's own name for itself, for the language switcher. */
export const LOCALE_NAMES: Record<Locale, string> = { fi: 'Suomi', sv: 'Svenska', en: 'English' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (ALL_LOCALES as readonly string[]).includes(value);
}

/** Prefixes a root-relative path with the locale: ("sv", "/palvelut/") → "/sv/palvelut/". */
export function localizePath(locale: Locale, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return locale === DEFAULT_LOCALE ? clean : `/${locale}${clean}`;
}

/** The locale of a URL path and the path without its prefix. */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  const match = /^\/(sv|en)(\/.*|$)/.exec(pathname);
  if (match && isLocale(match[1])) return { locale: match[1], path: match[2] || '/' };
  return { locale: DEFAULT_LOCALE, path: pathname || '/' };
}

/** getStaticPaths entries for a `[...lang]` route: the default locale has no prefix. */
export function localeParams(): { params: { lang: string | undefined }; props: { locale: Locale } }[] {
  return PUBLISHED_LOCALES.map((locale) => ({ params: { lang: locale === DEFAULT_LOCALE ? undefined : locale }, props: { locale } }));
}

/** getStaticPaths entries for `[...lang]/…/[param]` routes: every locale × every item. */
export function localeParamsFor<T, P extends Record<string, string>>(
  items: readonly T[],
  toParams: (item: T) => P,
): { params: P & { lang: string | undefined }; props: { locale: Locale; item: T } }[] {
  return PUBLISHED_LOCALES.flatMap((locale) =>
    items.map((item) => ({
      params: { ...toParams(item), lang: locale === DEFAULT_LOCALE ? undefined : locale },
      props: { locale, item },
    })),
  );
}

/**
 * getStaticPaths entries for the later pages of paged lists (`…/sivu/[page]`): every locale × item ×
 * page number from `later` (page 1 is the list's own route).
 */
export function pagedParamsFor<T, P extends Record<string, string>>(
  items: readonly T[],
  toParams: (item: T) => P,
  later: (item: T) => readonly number[],
): { params: P & { lang: string | undefined; page: string }; props: { locale: Locale; item: T; page: number } }[] {
  return localeParamsFor(items, toParams).flatMap(({ params, props }) =>
    later(props.item).map((page) => ({ params: { ...params, page: String(page) }, props: { ...props, page } })),
  );
}
