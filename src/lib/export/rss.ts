// News items for the RSS feed: title, date, summary and the item's page; drafts never reach it.
import { localizePath } from '../../i18n/locales.ts';
import type { NewsData } from '../../schemas/page.ts';

/** Address of the feed, linked from the news page and from every page's <head>. */
export const NEWS_FEED_PATH = localizePath('fi', '/ajankohtaista/rss.xml');

export interface NewsFeedItem {
  title: string;
  pubDate: Date;
  description: string;
  link: string;
}

/** Newest first; getNews() already drops drafts in a build, this keeps them out anywhere else. */
export function newsFeedItems(news: readonly { id: string; data: NewsData }[]): NewsFeedItem[] {
  return news
    .filter((item) => !item.data.draft)
    .toSorted((a, b) => b.data.date.getTime() - a.data.date.getTime())
    .map((item) => ({
      title: item.data.title,
      pubDate: item.data.date,
      description: item.data.summary,
      link: localizePath('fi', `/ajankohtaista/${item.id}/`),
    }));
}
