// "Miten pääsen palveluun": a short card built from a service's access routes and channels — can the
// client get in directly or through someone, whom to call or where to go, what to bring. The same
// data renders on the service page, in the printed handout and on the chosen-list page.
import type { Translate, UiKey } from '../../i18n/index.ts';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales.ts';
import type { Channel } from '../../schemas/channel.ts';
import type { ServiceData } from '../../schemas/service.ts';
import { channelHref, channelText, type ServiceLinks } from '../channels.ts';
import { handoutAccess, handoutChannels } from '../referral/handout.ts';
import { part, type Part } from './parts.ts';

export interface CardAction {
  /** What to do, in the reader's language: "Soita", "Mene paikan päälle" … */
  verb: string;
  /** The number, address or service name (a service name may be Finnish on a sv/en page). */
  target: Part;
  href?: string | undefined;
}

export interface AccessCard {
  title: string;
  /** True when the client can contact the service directly (a route `itse`). */
  direct: boolean;
  /** "Voit ottaa yhteyttä itse." or "Tarvitset ohjauksen tai lähetteen." */
  headline: string;
  /** The routes through someone else, when the client cannot go directly: "Ohjaus: TYP:n kautta". */
  via?: string | undefined;
  /** The editor's note on the first route; written in Finnish only. */
  note?: Part | undefined;
  actions: CardAction[];
  /** "Ota mukaan: …" when the service says what to have at hand. */
  bring?: { label: string; text: Part } | undefined;
}

const VERB: Record<Channel['type'], UiKey> = {
  phone: 'card.call',
  email: 'card.email',
  web: 'card.web',
  eservice: 'card.eservice',
  chat: 'card.chat',
  address: 'card.visit',
  service: 'channel.service',
};

/** The channels the card names: the main one and the web page (as in the handout), plus a place to go. */
export function cardChannels(channels: readonly Channel[]): Channel[] {
  const chosen = handoutChannels(channels);
  const place = channels.find((channel) => channel.type === 'address');
  return place && !chosen.includes(place) ? [...chosen, place] : chosen;
}

export interface CardInput {
  data: Pick<ServiceData, 'access' | 'channels' | 'bring'>;
  /** The translated `bring`, when the service has a translation that gives one. */
  translatedBring?: string | undefined;
  locale: Locale;
  t: Translate;
  links: ServiceLinks;
}

export function accessCard({ data, translatedBring, locale, t, links }: CardInput): AccessCard {
  const direct = data.access.some((route) => route.route === 'itse');
  const others = [...new Set(data.access.map((route) => route.route))].filter((route) => route !== 'itse');
  const first = handoutAccess(data.access);
  const bringText = translatedBring ?? data.bring;
  return {
    title: t('card.title'),
    direct,
    headline: t(direct ? 'card.self' : 'card.referral'),
    via:
      !direct && others.length > 0 ? t('card.via', { routes: others.map((route) => t(`access.${route}`)).join('; ') }) : undefined,
    note: first && part(first.text, DEFAULT_LOCALE, locale),
    actions: cardChannels(data.channels).map((channel) => ({
      verb: t(VERB[channel.type]),
      target:
        channel.type === 'service'
          ? {
              text: links.title(channel.service),
              ...(links.lang?.(channel.service) ? { lang: links.lang(channel.service) as Locale } : {}),
            }
          : { text: channelText(channel, links) },
      href: channelHref(channel, links),
    })),
    bring: bringText ? { label: t('card.bring'), text: part(bringText, translatedBring ? locale : DEFAULT_LOCALE, locale) } : undefined,
  };
}
