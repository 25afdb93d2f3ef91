// The change feeds (RSS 2.0, Finnish like the news feed): built from the services' change histories.
import rss from '@astrojs/rss';
import { getAreas, getServiceHistories, getServices, getSite } from '../../content.ts';
import { useTranslations } from '../../i18n/index.ts';
import { areaName } from '../../lib/areas.ts';
import { changeFeedItems } from '../../lib/history/feed.ts';
import { regionName } from '../../lib/region.ts';

export async function changeFeed(site: URL | undefined, areaId?: string): Promise<Response> {
  const t = useTranslations('fi');
  const [settings, services, histories, areas] = await Promise.all([getSite(), getServices(), getServiceHistories(), getAreas()]);
  const region = regionName(settings, 'fi');
  const area = areas.find((candidate) => candidate.id === areaId);
  const items = changeFeedItems(
    services.map((service) => ({ id: service.id, title: service.data.title, areas: service.data.areas })),
    histories,
    t,
    area?.id,
  );
  return rss({
    title: area ? t('history.feedAreaTitle', { area: areaName(area, 'fi'), region }) : t('history.feedTitle', { region }),
    description: t('history.intro'),
    site: site ?? settings.siteUrl,
    // Absolute links: the feed helper would put a trailing slash after the #fragment of a relative one.
    items: items.map((item) => ({ ...item, link: new URL(item.link, site ?? settings.siteUrl).href })),
    customData: '<language>fi</language>',
    trailingSlash: true,
  });
}
