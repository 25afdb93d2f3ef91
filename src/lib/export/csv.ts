// /api/v1/services.csv for spreadsheet users: one row per service, Finnish column names and
// labels, in the dialect Finnish Excel opens with a double click (UTF-8 with BOM, `;`, CRLF).
import { languageName, type Translate } from '../../i18n/index.ts';
import type { Channel } from '../../schemas/channel.ts';
import { areaName } from '../areas.ts';
import { channelText, type ServiceLinks } from '../channels.ts';
import { isoDate } from '../dates.ts';
import { canSelfRefer, resolveRelated } from '../services.ts';
import { absoluteUrl, exportedServices, pagePath, providerOf, type OpenDataSource, type ServiceEntry } from './source.ts';

/** Excel detects UTF-8 only from the byte order mark; without it ä and ö turn into mojibake. */
export const BOM = '\uFEFF';
/** Finnish Excel's list separator (the comma is the decimal separator). */
export const SEPARATOR = ';';
/** RFC 4180 line ending. */
const CRLF = '\r\n';

/** One field, quoted when it holds the separator, a quote or a line break (quotes doubled). */
export function csvField(value: string): string {
  return /[;"\r\n]/.test(value) || value !== value.trim() ? `"${value.replaceAll('"', '""')}"` : value;
}

/** RFC 4180 text with `;` separators, CRLF after every record and the BOM in front. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((row) => row.map(csvField).join(SEPARATOR) + CRLF).join('');
}

/** Short lists on one line, longer items one per line inside the cell (Excel wraps them). */
const inline = (items: readonly string[]) => items.join(', ');
const lines = (items: readonly string[]) => items.join('\n');

/**
 * "Puhelin: 029 041 3170 (Neuvonta; ma–pe 9–15)": the kind first, so a cell never starts with +, = or @.
 * A `service` channel names the service that can tell more and gives the address of its page.
 */
export function channelLine(channel: Channel, t: Translate, links?: ServiceLinks): string {
  const details = [channel.label, 'hours' in channel ? channel.hours : undefined].filter((part): part is string => Boolean(part));
  const text =
    channel.type === 'service' && links ? `${links.title(channel.service)}, ${links.href(channel.service)}` : channelText(channel, links);
  return `${t(`channel.${channel.type}`)}: ${text}${details.length > 0 ? ` (${details.join('; ')})` : ''}`;
}

function ageText(service: ServiceEntry, t: Translate): string {
  const age = service.data.age;
  if (age?.min !== undefined && age.max !== undefined) return t('service.ageRange', { min: age.min, max: age.max });
  if (age?.min !== undefined) return t('service.ageMin', { min: age.min });
  if (age?.max !== undefined) return t('service.ageMax', { max: age.max });
  return '';
}

/** Column headings and how each cell is filled, in the order of the service page. */
export function serviceColumns(source: OpenDataSource, t: Translate): { heading: string; cell: (service: ServiceEntry) => string }[] {
  const published = exportedServices(source);
  const areaNames = new Map(source.areas.map((area) => [area.id, areaName(area, 'fi')]));
  const titles = new Map(published.map((service) => [service.id, service.data.title]));
  const links: ServiceLinks = {
    href: (id) => absoluteUrl(source, pagePath.service(id)),
    title: (id) => titles.get(id) ?? id,
  };
  return [
    { heading: 'Tunniste', cell: (service) => service.id },
    { heading: 'Nimi', cell: (service) => service.data.title },
    { heading: 'Mitä – lyhyesti', cell: (service) => service.data.summary },
    { heading: 'Selkokielellä', cell: (service) => service.data.plainSummary ?? '' },
    {
      heading: 'Elämänalueet (ensimmäinen on pääalue)',
      cell: (service) => inline(service.data.areas.map((area) => areaNames.get(area) ?? area)),
    },
    { heading: 'Järjestäjä', cell: (service) => providerOf(source, service).data.name },
    { heading: 'Järjestäjän tyyppi', cell: (service) => t(`providerType.${providerOf(source, service).data.type}`) },
    { heading: 'Kohderyhmät', cell: (service) => inline(service.data.audiences.map((audience) => t(`audience.${audience}`))) },
    { heading: 'Kenelle', cell: (service) => service.data.forWhom },
    { heading: 'Ikä', cell: (service) => ageText(service, t) },
    {
      heading: 'Miten palveluun pääsee',
      cell: (service) => lines(service.data.access.map((route) => `${t(`access.${route.route}`)}: ${route.text}`)),
    },
    { heading: 'Voi ottaa yhteyttä itse', cell: (service) => (canSelfRefer(service) ? 'kyllä' : 'ei') },
    { heading: 'Kesto', cell: (service) => service.data.duration },
    {
      heading: 'Hinta',
      cell: (service) => [t(`cost.${service.data.cost.type}`), service.data.cost.text].filter(Boolean).join(': '),
    },
    { heading: 'Palvelukielet', cell: (service) => inline(service.data.languages.map((code) => languageName(t, code))) },
    { heading: 'Alue', cell: (service) => inline(service.data.municipalities) },
    {
      heading: 'Yhteystiedot ja asiointi',
      cell: (service) => lines(service.data.channels.map((channel) => channelLine(channel, t, links))),
    },
    { heading: 'Järjestelmät asiakkaalla', cell: (service) => inline(service.data.systems?.client ?? []) },
    { heading: 'Järjestelmät ammattilaisella', cell: (service) => inline(service.data.systems?.professional ?? []) },
    { heading: 'Hakusanat', cell: (service) => inline(service.data.keywords) },
    {
      heading: 'Liittyvät palvelut',
      cell: (service) => inline(resolveRelated(service.data.related, published).map((related) => related.data.title)),
    },
    { heading: 'Tiedot tarkistettu', cell: (service) => isoDate(service.data.lastReviewed) },
    { heading: 'Sisällön ylläpitäjä', cell: (service) => service.data.owner },
    { heading: 'Tila', cell: (service) => service.data.status },
    { heading: 'Sivun osoite', cell: (service) => absoluteUrl(source, pagePath.service(service.id)) },
  ];
}

export function buildServicesCsv(source: OpenDataSource, t: Translate): string {
  const columns = serviceColumns(source, t);
  const rows = exportedServices(source).map((service) => columns.map((column) => column.cell(service)));
  return toCsv([columns.map((column) => column.heading), ...rows]);
}
