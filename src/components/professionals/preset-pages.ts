// Which single-filter pages of the referral finder exist: every filter value in every locale, and as
// many pages of each as its matching services fill (PAGE_SIZE per page).
import { useTranslations } from '../../i18n/index.ts';
import { DEFAULT_LOCALE, PUBLISHED_LOCALES, type Locale } from '../../i18n/locales.ts';
import { pageCount } from '../../lib/paging.ts';
import { loadFinder, type FilterGroup, type FilterOption } from './finder-data.ts';

export interface PresetPage {
  params: { lang: string | undefined; filter: string; value: string };
  props: { locale: Locale; group: FilterGroup; option: FilterOption; page: number };
}

export async function presetPages(): Promise<PresetPage[]> {
  const pages = await Promise.all(
    PUBLISHED_LOCALES.map(async (locale) => {
      const { groups } = await loadFinder(locale, useTranslations(locale));
      return groups.flatMap((group) =>
        group.options.flatMap((option) =>
          Array.from({ length: pageCount(option.count) }, (_, index) => ({
            params: { lang: locale === DEFAULT_LOCALE ? undefined : locale, filter: group.key, value: option.slug },
            props: { locale, group, option, page: index + 1 },
          })),
        ),
      );
    }),
  );
  return pages.flat();
}
