// Review packets (tarkistuspaketit): one per content owner, with every service of theirs and the
// facts a client relies on, so the people who run the services can confirm or correct them in a
// few minutes. Pure: the build pages, the Markdown files and `npm run report:review` share it.
import type { Translate } from '../../i18n/index.ts';
import type { ServiceData } from '../../schemas/service.ts';
import type { ServiceLinks } from '../channels.ts';
import { channelLine } from '../export/csv.ts';
import { filterSlug } from '../referral/filters.ts';
import { byAttention, lastChecked, verificationOf, type Verification } from './attention.ts';

/** What a packet reads of a service. */
export interface PacketSource {
  id: string;
  data: Pick<
    ServiceData,
    | 'title'
    | 'owner'
    | 'provider'
    | 'forWhom'
    | 'access'
    | 'channels'
    | 'cost'
    | 'lastReviewed'
    | 'status'
    | 'confirmedBy'
    | 'confirmedOn'
    | 'draft'
  >;
}

/** The facts a client relies on, as plain Finnish lines. */
export interface PacketFacts {
  id: string;
  title: string;
  forWhom: string;
  /** "Ota yhteyttä itse: Soita neuvontaan." */
  access: string[];
  /** "Puhelin: 029 … (Neuvonta; ma–pe 9–15)", hours included. */
  contacts: string[];
  /** Opening or service hours of the channels that state them: "Puhelin 029 …: ma–pe 9–15". */
  hours: string[];
  cost: string;
  lastReviewed: Date;
  /** The later of the editor's review and the owner's confirmation. */
  lastChecked: Date;
  verification: Verification;
}

export interface ReviewPacket<T extends PacketSource = PacketSource> {
  /** Address part: /ammattilaisille/tarkistus/<slug>/. */
  slug: string;
  /** The owner as written in the services (or the provider's name when a service has none). */
  owner: string;
  /** The owner's services, those needing attention first. */
  services: T[];
  /** Services nobody has confirmed yet. */
  unconfirmed: number;
}

/** The owner a service's packet belongs to: its `owner`, or its provider's name when the owner is left empty. */
export function packetOwner(service: PacketSource, providerName: (id: string) => string | undefined): string {
  const owner = service.data.owner.trim();
  return owner || providerName(service.data.provider) || service.data.provider;
}

/**
 * One packet per owner. Drafts stay out (nobody outside the editors sees them). Packets whose
 * services need attention come first: the most unconfirmed, then the oldest check, then by name.
 * Slugs are unique: a second owner with the same address part gets -2, -3 … in name order.
 */
export function reviewPackets<T extends PacketSource>(
  services: readonly T[],
  providerName: (id: string) => string | undefined,
): ReviewPacket<T>[] {
  const groups = new Map<string, T[]>();
  for (const service of services) {
    if (service.data.draft) continue;
    const owner = packetOwner(service, providerName);
    groups.set(owner, [...(groups.get(owner) ?? []), service]);
  }
  const owners = [...groups.keys()].sort((a, b) => a.localeCompare(b, 'fi'));
  const taken = new Set<string>();
  const slugs = new Map(
    owners.map((owner) => {
      const base = filterSlug(owner) || 'yllapitaja';
      let slug = base;
      for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
      taken.add(slug);
      return [owner, slug];
    }),
  );
  const packets = owners.map((owner) => {
    const list = (groups.get(owner) ?? []).toSorted((a, b) => byAttention(a.data, b.data));
    return {
      slug: slugs.get(owner) ?? '',
      owner,
      services: list,
      unconfirmed: list.filter((service) => service.data.status !== 'vahvistettu').length,
    };
  });
  return packets.sort(
    (a, b) => b.unconfirmed - a.unconfirmed || oldestCheck(a).getTime() - oldestCheck(b).getTime() || a.owner.localeCompare(b.owner, 'fi'),
  );
}

const oldestCheck = (packet: ReviewPacket) => (packet.services[0] ? lastChecked(packet.services[0].data) : new Date(0));

/** The facts of one service as a packet lists them. */
export function packetFacts(service: PacketSource, t: Translate, links?: ServiceLinks): PacketFacts {
  const { data } = service;
  return {
    id: service.id,
    title: data.title,
    forWhom: data.forWhom,
    access: data.access.map((route) => `${t(`access.${route.route}`)}: ${route.text}`),
    contacts: data.channels.map((channel) => channelLine(channel, t, links)),
    hours: data.channels.flatMap((channel) =>
      'hours' in channel && channel.hours ? [`${channel.label ?? t(`channel.${channel.type}`)}: ${channel.hours}`] : [],
    ),
    cost: `${t(`cost.${data.cost.type}`)}${data.cost.text ? ` – ${data.cost.text}` : ''}`,
    lastReviewed: data.lastReviewed,
    lastChecked: lastChecked(data),
    verification: verificationOf(data),
  };
}
