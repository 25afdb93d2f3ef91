// /ammattilaisille/tarkistus/ (the content owners' review packets), /tarkistus/<owner>/ and its
// later pages (one page of an owner's services, each with the facts a client relies on and the two
// prefilled answers) and /tarkistus/<owner>.md (the same packet as Markdown). Finnish only.
import type * as ContentQueries from '../content.ts';
import type { Service } from '../content-types.ts';
import { useTranslations } from '../i18n/index.ts';
import { DEFAULT_LOCALE } from '../i18n/locales.ts';
import { PAGE_SIZE, pageInfo, pageItems, type PageInfo } from '../lib/paging.ts';
import { reviewActions, type ReviewActions } from '../lib/review/actions.ts';
import { packetMarkdown } from '../lib/review/packet-markdown.ts';
import { packetFacts, type PacketFacts, type ReviewPacket } from '../lib/review/packets.ts';
import { servicePath } from '../lib/routes.ts';

export interface ReviewPacketsRouteData {
  /** Those with services awaiting confirmation first. */
  packets: ReviewPacket<Service>[];
}

export interface PacketServiceData {
  facts: PacketFacts;
  actions: ReviewActions;
  /** The service's page on the site. */
  pageHref: string;
  /** Its number in the whole packet, from 1. */
  number: number;
}

export interface ReviewPacketPageRouteData {
  packet: ReviewPacket<Service>;
  /** Which page this is, from 1. */
  page: number;
  paging: PageInfo;
  /** The address of the packet's first page. */
  base: string;
  services: PacketServiceData[];
  /** Whether answers go to the issue tracker (else by e-mail). */
  answersAsIssues: boolean;
}

export async function reviewPacketsRouteData(source: Pick<typeof ContentQueries, 'getReviewPackets'>): Promise<ReviewPacketsRouteData> {
  return { packets: await source.getReviewPackets() };
}

/** One page of an owner's packet; the answers' links name the service pages on `site` (else site.yaml's siteUrl). */
export async function reviewPacketPageRouteData(
  source: Pick<typeof ContentQueries, 'getSite'>,
  packet: ReviewPacket<Service>,
  page: number,
  site: URL | undefined,
  today: Date = new Date(),
): Promise<ReviewPacketPageRouteData> {
  const settings = await source.getSite();
  const t = useTranslations(DEFAULT_LOCALE);
  const base = site ?? new URL(settings.siteUrl);
  const services = pageItems(packet.services, page).map((service, index) => {
    const facts = packetFacts(service, t);
    const pageUrl = new URL(servicePath('fi', service.id), base).href;
    return {
      facts,
      actions: reviewActions(settings, { ...facts, owner: packet.owner, pageUrl }, today),
      pageHref: servicePath('fi', facts.id),
      number: (page - 1) * PAGE_SIZE + index + 1,
    };
  });
  return {
    packet,
    page,
    paging: pageInfo(packet.services.length, page),
    base: `/ammattilaisille/tarkistus/${packet.slug}/`,
    services,
    answersAsIssues: Boolean(settings.feedback.issueUrl),
  };
}

/** The packet as Markdown, to paste into a pull request or an e-mail. */
export async function reviewPacketMarkdownRouteData(
  source: Pick<typeof ContentQueries, 'getSite'>,
  packet: ReviewPacket<Service>,
  site: URL | undefined,
  today: Date = new Date(),
): Promise<string> {
  const settings = await source.getSite();
  const base = site ?? new URL(settings.siteUrl);
  return packetMarkdown(packet, { site: settings, today, pageUrl: (id) => new URL(servicePath('fi', id), base).href });
}
