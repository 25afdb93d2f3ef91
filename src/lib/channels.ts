// Turns a contact channel into a link target and a readable text.
import { normalisePhone, type Channel } from '../schemas/channel.ts';

/** href for a channel: tel:+358…, mailto:…, the https URL; undefined for a street address. */
export function channelHref(channel: Channel): string | undefined {
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
  }
}

/** The visible text of a channel: the number, the address or the web address without https://. */
export function channelText(channel: Channel): string {
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
  }
}

/** The channel a client should try first: phone, then e-service, chat, e-mail, web, address. */
export function mainChannel(channels: readonly Channel[]): Channel | undefined {
  const order: Channel['type'][] = ['phone', 'eservice', 'chat', 'email', 'web', 'address'];
  return [...channels].sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type))[0];
}
