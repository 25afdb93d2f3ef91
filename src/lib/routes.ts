// Every internal address of the site, written once. Pages, components, exports and feeds ask this
// module for a path instead of spelling it out, so a renamed route changes here and nowhere else.
// Paths are root-relative with a trailing slash (trailingSlash: 'always'); `localizePath` adds the
// /sv/ or /en/ prefix for other languages.
import { localizePath, type Locale } from '../i18n/locales.ts';

/** The page of one service: /palvelu/<id>/. */
export const servicePath = (locale: Locale, id: string): string => localizePath(locale, `/palvelu/${id}/`);

/** A service's public change history (Finnish master data): /palvelu/<id>/historia/. */
export const serviceHistoryPath = (locale: Locale, id: string): string => localizePath(locale, `/palvelu/${id}/historia/`);

/** The life-area overview /palvelut/ and one area's list /palvelut/<area>/. */
export const areasPath = (locale: Locale): string => localizePath(locale, '/palvelut/');
export const areaPath = (locale: Locale, id: string): string => localizePath(locale, `/palvelut/${id}/`);

/** The change feeds (Finnish, not localised): the region's and one area's. */
export const changeFeedPath = (): string => '/palvelut/muutokset.xml';
export const areaChangeFeedPath = (id: string): string => `/palvelut/${id}/muutokset.xml`;

/** The providers' index and one provider's page. */
export const providersPath = (locale: Locale): string => localizePath(locale, '/toimijat/');
export const providerPath = (locale: Locale, id: string): string => localizePath(locale, `/toimijat/${id}/`);

/** The referral finder and one of its single-filter pages (which work without JavaScript). */
export const finderPath = (locale: Locale): string => localizePath(locale, '/ammattilaisille/');
export const filterPagePath = (locale: Locale, key: string, slug: string): string =>
  localizePath(locale, `/ammattilaisille/rajaus/${key}/${slug}/`);
