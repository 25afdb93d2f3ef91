// The news feed: published items only, newest first, with escaped text in the XML.
import { getRssString } from '@astrojs/rss';
import { describe, expect, it } from 'vitest';
import { NEWS_FEED_PATH, newsFeedItems } from '../../../../src/lib/export/rss.ts';
import { newsSchema } from '../../../../src/schemas/page.ts';

const news = (id: string, input: { title: string; date: string; draft?: boolean }) => ({
  id,
  data: newsSchema.parse({ summary: 'Tiivistelmä uutisesta, joka on riittävän pitkä.', ...input }),
});

const items = [
  news('vanha', { title: 'Vanha uutinen', date: '2026-01-02' }),
  news('luonnos', { title: 'Luonnos', date: '2026-03-01', draft: true }),
  news('uusi', { title: 'Uusi <b>uutinen</b> & </title> muuta', date: '2026-02-03' }),
];

describe('newsFeedItems', () => {
  it('drops drafts and puts the newest first, linking each item to its page', () => {
    expect(newsFeedItems(items).map((item) => item.link)).toEqual(['/ajankohtaista/uusi/', '/ajankohtaista/vanha/']);
    expect(NEWS_FEED_PATH).toBe('/ajankohtaista/rss.xml');
  });

  it('gives @astrojs/rss text that ends up escaped in the XML', async () => {
    const xml = await getRssString({
      title: 'Työllisyystalo',
      description: 'Uutiset',
      site: 'https://tyollisyystalo.example/',
      items: newsFeedItems(items),
    });
    expect(xml).toContain('<title>Uusi &lt;b&gt;uutinen&lt;/b&gt; &amp; &lt;/title&gt; muuta</title>');
    expect(xml).toContain('<link>https://tyollisyystalo.example/ajankohtaista/uusi/</link>');
    expect(xml).not.toContain('Luonnos');
  });
});
