// Feed items of changed services (RSS): one item per dated change, newest first, for the whole
// region or one life area, so a professional can follow what changed since they last referred.
import { serviceHistoryPath } from '../routes.ts';
import type { Translate } from '../../i18n/index.ts';
import { isoDate } from '../dates.ts';
import type { HistoryEntry } from './changes.ts';

export interface FeedService {
  id: string;
  title: string;
  areas: readonly string[];
}

export interface ChangeFeedItem {
  title: string;
  pubDate: Date;
  description: string;
  link: string;
}

/** The newest items kept in a feed; readers poll it, they do not need the whole past. */
export const FEED_LIMIT = 100;

/** Anchor of one history entry on the history page (also makes each feed item's link unique). */
export function entryAnchor(entry: HistoryEntry, index: number): string {
  return `muutos-${isoDate(entry.date)}-${index + 1}`;
}

export function historyPath(id: string): string {
  return serviceHistoryPath('fi', id);
}

export function changeFeedItems(
  services: readonly FeedService[],
  histories: ReadonlyMap<string, readonly HistoryEntry[]>,
  t: Translate,
  area?: string,
): ChangeFeedItem[] {
  return services
    .filter((service) => area === undefined || service.areas.includes(area))
    .flatMap((service) => {
      const entries = histories.get(service.id) ?? [];
      // Anchors count from the oldest entry, so an item's link stays the same as newer ones arrive.
      return entries.map((entry, index) => {
        const facts = entry.added
          ? t('history.added')
          : entry.changes.map((change) => t(`history.fact.${change.fact}`)).join(', ');
        return {
          title: t('history.feedItem', { service: service.title, facts }),
          pubDate: entry.date,
          description: entry.added
            ? t('history.added')
            : entry.changes.map((change) => `${t(`history.fact.${change.fact}`)}: ${change.after.join('; ') || '–'}`).join(' · '),
          link: `${historyPath(service.id)}#${entryAnchor(entry, entries.length - 1 - index)}`,
        };
      });
    })
    .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.title.localeCompare(b.title, 'fi'))
    .slice(0, FEED_LIMIT);
}
