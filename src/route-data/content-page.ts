// A static page of content/pages/ (about, contacts, accessibility statement, privacy, open data,
// self-help): the entry to render in the reader's language, its title and review date, and the
// lang of its text when a sv/en reader gets the Finnish master.
import type * as ContentQueries from '../content.ts';
import type { ContentPage, PageTranslation } from '../content-types.ts';
import type { Locale } from '../i18n/locales.ts';

export interface ContentPageRouteData {
  /** The entry whose body the page renders: the translation, or the Finnish master. */
  entry: ContentPage | PageTranslation;
  data: Pick<ContentPage['data'], 'title' | 'description' | 'lastReviewed'>;
  /** "fi" when a sv/en page shows the untranslated Finnish text (under a notice). */
  textLang: 'fi' | undefined;
}

export async function contentPageRouteData(
  source: Pick<typeof ContentQueries, 'getPage' | 'pageTranslation'>,
  id: string,
  locale: Locale,
): Promise<ContentPageRouteData> {
  const page = await source.getPage(id);
  // The validator's required-pages rule reports a missing page before the build gets here.
  if (!page) throw new Error(`Sivu content/pages/${id}.mdx puuttuu.`);
  const translation = await source.pageTranslation(id, locale);
  return {
    entry: translation ?? page,
    data: translation?.data ?? page.data,
    textLang: locale !== 'fi' && !translation ? 'fi' : undefined,
  };
}
