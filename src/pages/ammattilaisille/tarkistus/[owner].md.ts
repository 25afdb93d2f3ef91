// /ammattilaisille/tarkistus/<owner>.md: the same packet as Markdown, to paste into a pull request
// or an e-mail (the links are the same prefilled answers as on the page).
import { servicePath } from '../../../lib/routes.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getReviewPackets, getSite } from '../../../content.ts';
import { packetMarkdown } from '../../../lib/review/packet-markdown.ts';

export const getStaticPaths = (async () =>
  (await getReviewPackets()).map((packet) => ({ params: { owner: packet.slug }, props: { packet } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const settings = await getSite();
  const base = site ?? new URL(settings.siteUrl);
  const markdown = packetMarkdown(props['packet'], {
    site: settings,
    today: new Date(),
    pageUrl: (id) => new URL(servicePath('fi', id), base).href,
  });
  return new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
