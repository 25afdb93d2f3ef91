// /ajankohtaista/rss.xml: the news as an RSS 2.0 feed (published items only, newest first).
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getNews, getSite } from '../../content.ts';
import { useTranslations } from '../../i18n/index.ts';
import { newsFeedItems } from '../../lib/export/rss.ts';

export const GET: APIRoute = async ({ site }) => {
  const t = useTranslations('fi');
  const [settings, news] = await Promise.all([getSite(), getNews()]);
  return rss({
    title: t('news.rssFeedTitle'),
    description: t('news.intro'),
    site: site ?? settings.siteUrl,
    items: newsFeedItems(news),
    customData: '<language>fi</language>',
    trailingSlash: true,
  });
};
