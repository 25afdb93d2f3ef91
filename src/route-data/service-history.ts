// /palvelu/<id>/historia/: a service's public change history — whether the repository's history
// could be read (or only partly), the service's dated changes, newest first, its title in the
// reader's language and the change feeds to follow (all services, and its primary area's).
import type * as ContentQueries from '../content.ts';
import type { Service } from '../content-types.ts';
import { partLang } from '../i18n/content-lang.ts';
import type { Locale } from '../i18n/locales.ts';
import { areaName } from '../lib/areas.ts';
import type { HistoryEntry } from '../lib/history/changes.ts';
import type { ServiceText } from '../lib/localise.ts';
import { areaChangeFeedPath, changeFeedPath, servicePath } from '../lib/routes.ts';
import { primaryArea } from '../lib/services.ts';

type ContentSource = typeof ContentQueries;

export interface ServiceHistoryRouteData {
  text: ServiceText;
  textLang: Locale | undefined;
  /** false: no history could be read (the page says so); partial: a shallow clone, the oldest versions are missing. */
  available: boolean;
  partial: boolean;
  entries: HistoryEntry[];
  servicePage: string;
  /**
   * The change feeds, Finnish (like the news feed: their items name the Finnish pages): all services
   * first, then the primary area's, named by `area` in the reader's language.
   */
  feeds: { href: string; area?: string }[];
}

export async function serviceHistoryRouteData(
  source: Pick<ContentSource, 'getServiceFileHistory' | 'getServiceHistories' | 'getAreas' | 'getServiceText'>,
  service: Service,
  locale: Locale,
): Promise<ServiceHistoryRouteData> {
  const [files, histories, areas, text] = await Promise.all([
    source.getServiceFileHistory(),
    source.getServiceHistories(),
    source.getAreas(),
    source.getServiceText(service, locale),
  ]);
  const primary = areas.find((area) => area.id === primaryArea(service));
  return {
    text,
    textLang: partLang(text, locale),
    available: files.available,
    partial: files.partial,
    entries: histories.get(service.id) ?? [],
    servicePage: servicePath(locale, service.id),
    feeds: [{ href: changeFeedPath() }, ...(primary ? [{ href: areaChangeFeedPath(primary.id), area: areaName(primary, locale) }] : [])],
  };
}
