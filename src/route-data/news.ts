// /ajankohtaista/: the region's news, newest first (drafts left out of a build). A news item's own
// page (/ajankohtaista/<id>/) gets its entry from getStaticPaths and needs nothing else.
import type * as ContentQueries from '../content.ts';
import type { NewsItem } from '../content-types.ts';

export interface NewsRouteData {
  news: NewsItem[];
}

export async function newsRouteData(source: Pick<typeof ContentQueries, 'getNews'>): Promise<NewsRouteData> {
  return { news: await source.getNews() };
}
