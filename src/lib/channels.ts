// Turns a contact channel into a link target and a readable text.
import { servicePath } from './routes.ts';
import type { Locale } from '../i18n/locales.ts';
import { normalisePhone, type Channel } from '../schemas/channel.ts';

/**
 * How a `service` channel (a pointer to another service on this site) is shown: the address of
 * that service's page and its name in the reader's language. Pages pass localised site paths, the
 * exports absolute addresses. Without it the Finnish page path and the bare id are used.
 */
export interface ServiceLinks {
  href: (id: string) => string;
  title: (id: string) => string;
  /** The language of `title` when it is not the page's (a Finnish name on a sv/en page), for its lang attribute. */
  lang?: (id: string) => string | undefined;
}

const fallbackLinks: ServiceLinks = {
  href: (id) => servicePath('fi', id),
  title: (id) => id,
};

/**
 * Service links for a page in `locale`: that locale's page of the service, its name from `textOf`
 * (translated, or the Finnish master), and a lang only when the name's language is not the page's.
 */
export function pageServiceLinks(locale: Locale, textOf: (id: string) => { title: string; lang: string } | undefined): ServiceLinks {
  return {
    href: (id) => servicePath(locale, id),
    title: (id) => textOf(id)?.title ?? id,
    lang: (id) => {
      const lang = textOf(id)?.lang;
      return lang !== undefined && lang !== locale ? lang : undefined;
    },
  };
}

/** href for a channel: tel:+358…, mailto:…, the https URL, the page of the service referred to; undefined for a street address. */
export function channelHref(channel: Channel, links: ServiceLinks = fallbackLinks): string | undefined {
  switch (channel.type) {
    case 'phone':
      return `tel:${normalisePhone(channel.number) ?? channel.number.replace(/\s/g, '')}`;
    case 'email':
      return `mailto:${channel.address}`;
    case 'web':
    case 'eservice':
    case 'chat':
      return channel.url;
    case 'address':
      return undefined;
    case 'service':
      return links.href(channel.service);
  }
}

/** The visible text of a channel: the number, the address, the web address without https:// or the name of the service referred to. */
export function channelText(channel: Channel, links: ServiceLinks = fallbackLinks): string {
  switch (channel.type) {
    case 'phone':
      return channel.number;
    case 'email':
      return channel.address;
    case 'web':
    case 'eservice':
    case 'chat':
      return channel.url.replace(/^https?:\/\//, '').replace(/\/$/, '');
    case 'address':
      return `${channel.street}, ${channel.postalCode} ${channel.city}`;
    case 'service':
      return links.title(channel.service);
  }
}

/** channelText for reading on a page: a phone number keeps its spaces unbreakable, so it never wraps. */
export function channelDisplayText(channel: Channel, links: ServiceLinks = fallbackLinks): string {
  const text = channelText(channel, links);
  return channel.type === 'phone' ? text.replace(/ /g, '\u00a0') : text;
}

/**
 * The channel a client should try first: phone, then e-service, chat, e-mail, web, address, and
 * only when there is nothing else the service that can tell more.
 */
export function mainChannel(channels: readonly Channel[]): Channel | undefined {
  const order: Channel['type'][] = ['phone', 'eservice', 'chat', 'email', 'web', 'address', 'service'];
  return [...channels].sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type))[0];
}
