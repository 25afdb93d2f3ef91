// /avoin-data/: the page text (content/pages/avoin-data.mdx) and the counts its list of files
// states (how many services and providers the exports hold).
import type * as ContentQueries from '../content.ts';
import type { Locale } from '../i18n/locales.ts';
import { contentPageRouteData, type ContentPageRouteData } from './content-page.ts';

export interface OpenDataPageRouteData {
  page: ContentPageRouteData;
  counts: { services: number; providers: number };
}

export async function openDataPageRouteData(
  source: Pick<typeof ContentQueries, 'getPage' | 'pageTranslation' | 'getServices' | 'getProviders'>,
  locale: Locale,
): Promise<OpenDataPageRouteData> {
  const [page, services, providers] = await Promise.all([
    contentPageRouteData(source, 'avoin-data', locale),
    source.getServices(),
    source.getProviders(),
  ]);
  return { page, counts: { services: services.length, providers: providers.length } };
}
