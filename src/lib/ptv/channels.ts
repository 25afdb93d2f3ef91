// PTV service channels → our channels (src/schemas/channel.ts). One PTV channel may give several of
// ours: a service location gives its street address (with hours), its phones, e-mails and web pages.
// Phone charge information (serviceChargeType, chargeDescription) goes into the phone's label, the
// one place our model shows it next to the number. Structured opening hours become the `hours` text
// (src/lib/ptv/hours.ts). What has no place in our model is listed in `unmapped`.
import { normalisePhone, type Channel } from '../../schemas/channel.ts';
import { isFrontPage } from '../validation/channel-labels.ts';
import { hoursText } from './hours.ts';
import { PUBLISHED, type PtvAddress, type PtvPhone, type PtvServiceChannel, type PtvServiceServiceChannel } from './model.ts';
import { fitText, inLanguage, localized, type PtvLanguage } from './text.ts';

export const MAX_LABEL = 80;

export interface MappedChannels {
  channels: Channel[];
  unmapped: string[];
}

/** "+358" + "401234567" → "+358 401234567"; a Finnish service number stays as PTV writes it. */
export function phoneNumberText(phone: PtvPhone): string {
  const prefix = phone.prefixNumber?.trim();
  // "+358" with "0401234567" happens in practice; the trunk 0 does not belong after the country code.
  const number = prefix === '+358' ? phone.number.trim().replace(/^0/, '') : phone.number.trim();
  return prefix && !phone.isFinnishServiceNumber ? `${prefix} ${number}` : number;
}

const CHARGE: Record<string, string> = { FreeOfCharge: 'maksuton', Chargeable: 'maksullinen' };

/** The charge part of a phone label: "maksuton", "maksullinen: 8,35 snt/min + pvm" … */
function chargeText(phone: PtvPhone): string | undefined {
  const kind = phone.serviceChargeType ? CHARGE[phone.serviceChargeType] : undefined;
  const description = phone.chargeDescription?.trim();
  if (kind && description) return `${kind}, ${description}`;
  return kind ?? description;
}

function phoneLabel(phone: PtvPhone, channelName: string | undefined): string | undefined {
  const name = phone.additionalInformation?.trim() || channelName;
  const charge = chargeText(phone);
  const label = name && charge ? `${name} (${charge})` : (name ?? (charge ? `Puhelu ${charge}` : undefined));
  return label ? fitText(label, MAX_LABEL) : undefined;
}

function phoneChannels(
  phones: readonly PtvPhone[],
  channelName: string | undefined,
  hours: string | undefined,
  unmapped: string[],
): Channel[] {
  return phones.flatMap((phone): Channel[] => {
    if (phone.language && phone.language !== 'fi') return [];
    const number = phoneNumberText(phone);
    if (phone.type === 'Fax' || phone.type === 'Sms') {
      unmapped.push(`${phone.type === 'Fax' ? 'faksi' : 'tekstiviestinumero'} ${number} (mallissamme ei ole sille kanavaa)`);
      return [];
    }
    if (!normalisePhone(number)) {
      unmapped.push(`puhelinnumero "${number}" ei ole suomalainen numero, ohitettu`);
      return [];
    }
    const label = phoneLabel(phone, channelName);
    return [{ type: 'phone', number, ...(label ? { label } : {}), ...(hours ? { hours } : {}) }];
  });
}

function emailChannels(emails: readonly { value: string; language: string }[], label: string | undefined): Channel[] {
  return emails
    .filter((email) => email.language === 'fi')
    .map((email) => ({ type: 'email', address: email.value.trim(), ...(label ? { label } : {}) }));
}

/** A web or e-service address: https only (our channels require it). */
function webChannel(type: 'web' | 'eservice', url: string, label: string | undefined, unmapped: string[]): Channel[] {
  const address = url.trim();
  if (!address.startsWith('https://')) {
    unmapped.push(`verkko-osoite ${address} ei ala https://, ohitettu (kanavan osoitteen pitää olla https)`);
    return [];
  }
  const named =
    label && type === 'web' && isFrontPage(address) && !/verkkosivu/i.test(label) ? fitText(`${label}: verkkosivut`, MAX_LABEL) : label;
  return [{ type, url: address, ...(named ? { label: named } : {}) }];
}

function streetChannel(address: PtvAddress, label: string | undefined, hours: string | undefined, unmapped: string[]): Channel[] {
  const street = address.streetAddress;
  const name = street ? inLanguage(street.street, 'fi') : undefined;
  if (address.type === 'Postal' || address.type === 'Delivery') {
    unmapped.push(`postiosoite${name ? ` ${name}` : ''} (näytämme vain käyntiosoitteen)`);
    return [];
  }
  if (!street || !name) {
    unmapped.push(`käyntiosoite ilman katuosoitetta (${address.subType ?? 'tyyppi puuttuu'}), ohitettu`);
    return [];
  }
  const postalCode = street.postalCode?.trim() ?? '';
  const city = inLanguage(street.postOffice, 'fi') ?? (street.municipality ? inLanguage(street.municipality.name, 'fi') : undefined);
  if (!/^\d{5}$/.test(postalCode) || !city) {
    unmapped.push(`käyntiosoite ${name}: postinumero tai -toimipaikka puuttuu, ohitettu`);
    return [];
  }
  const info = inLanguage(street.additionalInformation, 'fi');
  if (info) unmapped.push(`osoitteen lisätieto "${info}" (lisää tarvittaessa kuvaukseen)`);
  return [
    {
      type: 'address',
      street: [name, street.streetNumber?.trim()].filter(Boolean).join(' '),
      postalCode,
      city,
      ...(label ? { label } : {}),
      ...(hours ? { hours } : {}),
    },
  ];
}

/** Removes repeated channels (the same number, address or street twice). */
export function channelKey(channel: Channel): string {
  switch (channel.type) {
    case 'phone':
      return `phone:${normalisePhone(channel.number) ?? channel.number}`;
    case 'email':
      return `email:${channel.address.toLowerCase()}`;
    case 'address':
      return `address:${channel.street.toLowerCase()}|${channel.postalCode}`;
    case 'service':
      return `service:${channel.service}`;
    default:
      return `${channel.type}:${channel.url.replace(/\/$/, '')}`;
  }
}

function unique(channels: Channel[]): Channel[] {
  const seen = new Set<string>();
  return channels.filter((channel) => {
    const key = channelKey(channel);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Our channels for one PTV channel, with the contact details of its connection to the service
 * (which PTV lets a service add on top of a shared channel).
 */
export function mapChannel(
  channel: PtvServiceChannel,
  connection: PtvServiceServiceChannel | undefined,
  now: Date,
  language: PtvLanguage = 'fi',
): MappedChannels {
  const unmapped: string[] = [];
  const name = localized(channel.serviceChannelNames, language, 'Name') ?? localized(channel.serviceChannelNames, language);
  const label = name ? fitText(name, MAX_LABEL) : undefined;
  const hours = hoursText(connection && connection.serviceHours.length > 0 ? connection.serviceHours : channel.serviceHours, language, now);
  unmapped.push(...hours.unmapped);
  if (channel.publishingStatus && channel.publishingStatus !== PUBLISHED) {
    return {
      channels: [],
      unmapped: [`asiointikanava "${name ?? channel.id}" ei ole julkaistu PTV:ssä (${channel.publishingStatus}), ohitettu`],
    };
  }
  const out: Channel[] = [];
  const webPages = channel.webPages.filter((page) => !page.language || page.language === 'fi');
  switch (channel.serviceChannelType) {
    case 'Phone':
      out.push(...phoneChannels(channel.phoneNumbers, label, hours.text, unmapped));
      break;
    case 'EChannel':
      for (const page of webPages) out.push(...webChannel('eservice', page.url, label, unmapped));
      out.push(...phoneChannels(channel.supportPhones, label ? `${label}, tuki` : 'Tuki', hours.text, unmapped));
      out.push(...emailChannels(channel.supportEmails, label));
      break;
    case 'WebPage':
      for (const page of webPages) out.push(...webChannel('web', page.url, label, unmapped));
      out.push(...phoneChannels(channel.supportPhones, label, undefined, unmapped));
      out.push(...emailChannels(channel.supportEmails, label));
      break;
    case 'ServiceLocation':
      for (const address of channel.addresses) out.push(...streetChannel(address, label, hours.text, unmapped));
      out.push(...phoneChannels(channel.phoneNumbers, label, undefined, unmapped));
      out.push(...emailChannels([...channel.emails, ...channel.supportEmails], label));
      for (const page of webPages) out.push(...webChannel('web', page.url, label, unmapped));
      break;
    default:
      unmapped.push(`asiointikanava "${name ?? channel.id}" (${channel.serviceChannelType}): tyypille ei ole vastinetta mallissamme`);
  }
  const details = connection?.contactDetails;
  if (details) {
    out.push(...phoneChannels(details.phoneNumbers, label, undefined, unmapped));
    out.push(...emailChannels(details.emails, label));
    for (const page of details.webPages.filter((item) => !item.language || item.language === 'fi'))
      out.push(...webChannel('web', page.url, label, unmapped));
    if (details.addresses.length > 0) unmapped.push('liitoksen osoitteet (contactDetails.addresses)');
  }
  return { channels: unique(out), unmapped };
}

export { unique as uniqueChannels };
