// /ammattilaisille/tarkistus/<owner>.md: the same packet as Markdown, to paste into a pull request
// or an e-mail (the links are the same prefilled answers as on the page).
import type { APIRoute, GetStaticPaths } from 'astro';
import * as content from '../../../content.ts';
import type { Service } from '../../../content-types.ts';
import type { ReviewPacket } from '../../../lib/review/packets.ts';
import { reviewPacketMarkdownRouteData } from '../../../route-data/review-packets.ts';

export const getStaticPaths = (async () =>
  (await content.getReviewPackets()).map((packet) => ({ params: { owner: packet.slug }, props: { packet } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const markdown = await reviewPacketMarkdownRouteData(content, props['packet'] as ReviewPacket<Service>, site);
  return new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
