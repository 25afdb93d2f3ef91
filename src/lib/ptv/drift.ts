// The drift check (npm run ptv:check): every entry with PTV ids against PTV's current data. Reports
// what matters to a client: phone numbers, e-mail and web addresses, street addresses and opening
// hours that differ, and a service or organisation removed or unpublished in PTV. A contact an
// editor added from another source (its register entry names a source that is not PTV) is the
// editor's, and is not compared.
import type { Channel } from '../../schemas/channel.ts';
import type { RegisterType } from '../validation/contact-register.ts';
import { openingHours as openingHoursSchema, WEEKDAYS } from '../../schemas/opening-hours.ts';
import { formatDate, formatRanges } from '../opening-hours.ts';
import { mapChannel } from './channels.ts';
import { providerFields } from './provider-map.ts';
import type { PtvData } from './input.ts';
import { PUBLISHED } from './model.ts';
import { registerKey } from './register-key.ts';
import { connectionsOf } from './service-map.ts';
import { localized } from './text.ts';

export type DriftKind = RegisterType | 'hours' | 'removed' | 'unpublished' | 'channel';

export interface Drift {
  file: string;
  title: string;
  kind: DriftKind;
  /** What our entry says (undefined: nothing). */
  ours?: string;
  /** What PTV says now (undefined: nothing). */
  ptv?: string;
  message: string;
}

export interface CheckedEntry {
  file: string;
  title: string;
  kind: 'service' | 'provider';
  /** The PTV service or organisation id. */
  ptvId: string;
  channelIds: readonly string[];
  channels: readonly Channel[];
  website?: string;
}

export interface DriftInput {
  entries: readonly CheckedEntry[];
  data: PtvData;
  /** Register sources by register key, to leave editors' own contacts out. */
  registerSources: ReadonlyMap<string, string>;
  isPtvSource: (source: string) => boolean;
  now: Date;
}

interface Contact {
  type: RegisterType;
  value: string;
  key: string;
  hours?: string;
  /** Structured hours, normalised: one readable line per weekday and per exception. */
  opening?: Map<string, string>;
}

/** Normalised structured hours: "ma" → "ma 8.00–16.00", "2026-12-24" → "24.12.2026 suljettu". */
function openingLines(raw: unknown): Map<string, string> | undefined {
  if (raw === undefined) return undefined;
  const parsed = openingHoursSchema.safeParse(raw);
  if (!parsed.success) return new Map([['?', '(virheelliset aukioloajat)']]);
  const hours = parsed.data;
  const lines = new Map<string, string>();
  for (const day of WEEKDAYS) {
    const ranges = hours.weekly?.[day];
    if (ranges) lines.set(day, `${day} ${formatRanges(ranges, '.')}`);
  }
  for (const exception of hours.exceptions ?? []) {
    const when = `${formatDate(exception.date, '.')}${exception.until ? `–${formatDate(exception.until, '.')}` : ''}`;
    lines.set(exception.date, `${when} ${exception.closed ? 'suljettu' : formatRanges(exception.hours ?? [], '.')}`);
  }
  if (hours.byAppointment) lines.set('appointment', 'ajanvarauksella');
  return lines;
}

/** The changed lines of two normalised hours: "ma 8.00–16.00 → ma 9.00–15.00". */
function openingChanges(ours: Map<string, string> | undefined, theirs: Map<string, string> | undefined): string[] {
  const keys = [...new Set([...(ours?.keys() ?? []), ...(theirs?.keys() ?? [])])];
  return keys.flatMap((key) => {
    const mine = ours?.get(key);
    const their = theirs?.get(key);
    return mine === their ? [] : [`${mine ?? '–'} → ${their ?? '–'}`];
  });
}

const WHAT: Record<RegisterType, string> = {
  phone: 'Puhelinnumero',
  email: 'Sähköpostiosoite',
  web: 'Verkko-osoite',
  address: 'Käyntiosoite',
  hours: 'Aukioloajat',
  accessibility: 'Esteettömyystiedot',
};

function contactsOf(channels: readonly Channel[], website?: string): Contact[] {
  const out: Contact[] = [];
  const add = (type: RegisterType, value: string, hours?: string, structured?: unknown) => {
    const opening = openingLines(structured);
    out.push({ type, value, key: registerKey(type, value), ...(hours ? { hours } : {}), ...(opening ? { opening } : {}) });
  };
  if (website) add('web', website);
  for (const channel of channels) {
    if (channel.type === 'phone') add('phone', channel.number, channel.hours, channel.openingHours);
    else if (channel.type === 'email') add('email', channel.address);
    else if (channel.type === 'address')
      add('address', `${channel.street}, ${channel.postalCode} ${channel.city}`, channel.hours, channel.openingHours);
    else if (channel.type !== 'service')
      add(
        'web',
        channel.url,
        channel.type === 'chat' ? channel.hours : undefined,
        channel.type === 'chat' ? channel.openingHours : undefined,
      );
  }
  return out;
}

/** The contacts PTV gives now for a service or an organisation, or why there are none. */
function ptvContacts(entry: CheckedEntry, data: PtvData, now: Date): { contacts: Contact[]; drifts: Omit<Drift, 'file' | 'title'>[] } {
  const drifts: Omit<Drift, 'file' | 'title'>[] = [];
  const id = entry.ptvId.toLowerCase();
  if (entry.kind === 'provider') {
    const organization = data.organizations.find((item) => item.id.toLowerCase() === id);
    if (!organization)
      return {
        contacts: [],
        drifts: [
          {
            kind: 'removed',
            message: `Organisaatiota ${entry.ptvId} ei löydy PTV:n aineistosta: se on poistettu tai ei ole mukana aineistossa.`,
          },
        ],
      };
    if (organization.publishingStatus && organization.publishingStatus !== PUBLISHED)
      return {
        contacts: [],
        drifts: [
          {
            kind: 'unpublished',
            ptv: organization.publishingStatus,
            message: `Organisaatio ei ole enää julkaistu PTV:ssä (${organization.publishingStatus}).`,
          },
        ],
      };
    const name = localized(organization.organizationNames, 'fi', 'Name') ?? entry.title;
    const fields = providerFields(organization, name, '');
    return { contacts: contactsOf(fields.values['channels'] as Channel[], fields.values['website'] as string | undefined), drifts };
  }
  const service = data.services.find((item) => item.id.toLowerCase() === id);
  if (!service)
    return {
      contacts: [],
      drifts: [
        {
          kind: 'removed',
          message: `Palvelua ${entry.ptvId} ei löydy PTV:n aineistosta: se on poistettu tai ei ole mukana aineistossa. Tarkista PTV:stä, onko palvelu lakannut.`,
        },
      ],
    };
  if (service.publishingStatus && service.publishingStatus !== PUBLISHED)
    return {
      contacts: [],
      drifts: [
        {
          kind: 'unpublished',
          ptv: service.publishingStatus,
          message: `Palvelu ei ole enää julkaistu PTV:ssä (${service.publishingStatus}). Tarkista, onko palvelu lakannut, ja merkitse se tarvittaessa luonnokseksi (draft: true).`,
        },
      ],
    };
  const channels: Channel[] = [];
  const connections = connectionsOf(service, new Map(data.channels.map((item) => [item.id, item])));
  const connected = new Set(connections.map((item) => item.serviceChannel.id.toLowerCase()));
  for (const connection of connections) {
    const channel = data.channels.find((item) => item.id.toLowerCase() === connection.serviceChannel.id.toLowerCase());
    if (channel) channels.push(...mapChannel(channel, connection, now).channels);
  }
  for (const channelId of entry.channelIds) {
    const channel = data.channels.find((item) => item.id.toLowerCase() === channelId.toLowerCase());
    if (!connected.has(channelId.toLowerCase()))
      drifts.push({
        kind: 'channel',
        ours: channelId,
        message: `Asiointikanava ${channelId} ei ole enää liitetty palveluun PTV:ssä. Tarkista, pitääkö sen yhteystiedot poistaa.`,
      });
    else if (channel?.publishingStatus && channel.publishingStatus !== PUBLISHED)
      drifts.push({
        kind: 'channel',
        ours: channelId,
        ptv: channel.publishingStatus,
        message: `Asiointikanava ${channelId} ei ole enää julkaistu PTV:ssä (${channel.publishingStatus}).`,
      });
  }
  return { contacts: contactsOf(channels), drifts };
}

export function checkDrift({ entries, data, registerSources, isPtvSource, now }: DriftInput): Drift[] {
  const out: Drift[] = [];
  for (const entry of entries) {
    const at = { file: entry.file, title: entry.title };
    const current = ptvContacts(entry, data, now);
    out.push(...current.drifts.map((drift) => ({ ...at, ...drift })));
    if (current.drifts.some((drift) => drift.kind === 'removed' || drift.kind === 'unpublished')) continue;
    const ours = contactsOf(entry.channels, entry.website).filter((contact) => {
      const source = registerSources.get(contact.key);
      return source === undefined || isPtvSource(source);
    });
    const theirs = current.contacts;
    const ourKeys = new Set(ours.map((contact) => contact.key));
    const theirKeys = new Set(theirs.map((contact) => contact.key));
    for (const type of ['phone', 'email', 'web', 'address'] as const) {
      const stale = [
        ...new Map(
          ours.filter((contact) => contact.type === type && !theirKeys.has(contact.key)).map((contact) => [contact.key, contact]),
        ).values(),
      ];
      const missing = [
        ...new Map(
          theirs.filter((contact) => contact.type === type && !ourKeys.has(contact.key)).map((contact) => [contact.key, contact]),
        ).values(),
      ];
      // A value gone and another come in its place reads as one change.
      const pairs = Math.min(stale.length, missing.length);
      for (let index = 0; index < Math.max(stale.length, missing.length); index += 1) {
        const mine = stale[index];
        const their = missing[index];
        if (index < pairs && mine && their)
          out.push({
            ...at,
            kind: type,
            ours: mine.value,
            ptv: their.value,
            message: `${WHAT[type]} on muuttunut PTV:ssä: sivulla ${mine.value}, PTV:ssä ${their.value}.`,
          });
        else if (mine)
          out.push({ ...at, kind: type, ours: mine.value, message: `${WHAT[type]} ${mine.value} on sivulla, mutta ei enää PTV:ssä.` });
        else if (their)
          out.push({ ...at, kind: type, ptv: their.value, message: `${WHAT[type]} ${their.value} on PTV:ssä, mutta ei sivulla.` });
      }
    }
    for (const their of theirs) {
      const mine = ours.find((contact) => contact.key === their.key);
      if (!mine) continue;
      if (mine.opening || their.opening) {
        // Structured on either side: compared day by day and date by date.
        const changes = mine.opening ? openingChanges(mine.opening, their.opening) : [];
        if (mine.opening && changes.length === 0) continue;
        const ourText = mine.opening ? [...mine.opening.values()].join(', ') : mine.hours;
        const ptvText = their.opening ? [...their.opening.values()].join(', ') : their.hours;
        if (!mine.opening && ourText === ptvText) continue;
        out.push({
          ...at,
          kind: 'hours',
          ...(ourText ? { ours: ourText } : {}),
          ...(ptvText ? { ptv: ptvText } : {}),
          message: `Aukioloajat (${their.value}) ovat muuttuneet PTV:ssä: ${changes.length > 0 ? changes.join('; ') : `sivulla ${ourText ?? '(ei aukioloaikaa)'}, PTV:ssä ${ptvText ?? '(ei aukioloaikaa)'}`}.`,
        });
        continue;
      }
      if ((mine.hours ?? '') === (their.hours ?? '')) continue;
      out.push({
        ...at,
        kind: 'hours',
        ...(mine.hours ? { ours: mine.hours } : {}),
        ...(their.hours ? { ptv: their.hours } : {}),
        message: `Aukioloaika (${their.value}) on muuttunut PTV:ssä: sivulla ${mine.hours ?? '(ei aukioloaikaa)'}, PTV:ssä ${their.hours ?? '(ei aukioloaikaa)'}.`,
      });
    }
  }
  return out;
}

/** The drift report as plain text for the terminal. */
export function formatDriftText(drifts: readonly Drift[], checked: number): string {
  if (drifts.length === 0) return `PTV-vertailu: ${checked} kohdetta tarkistettu, ei eroja.`;
  const lines: string[] = [];
  let file = '';
  for (const drift of drifts) {
    if (drift.file !== file) {
      file = drift.file;
      lines.push(`${drift.file} (${drift.title})`);
    }
    lines.push(`  ${drift.message}`);
  }
  lines.push(
    `\nPTV-vertailu: ${checked} kohdetta tarkistettu, ${drifts.length} eroa ${new Set(drifts.map((drift) => drift.file)).size} tiedostossa.`,
  );
  return lines.join('\n');
}

const cell = (value: string | undefined) => (value ?? '–').replace(/\|/g, '\\|').replace(/\n/g, ' ');
const KIND_NAMES: Record<DriftKind, string> = {
  phone: 'puhelin',
  email: 'sähköposti',
  web: 'verkko-osoite',
  address: 'käyntiosoite',
  hours: 'aukioloaika',
  accessibility: 'esteettömyys',
  removed: 'poistettu PTV:stä',
  unpublished: 'ei julkaistu',
  channel: 'asiointikanava',
};

/** The drift report as Markdown for a pull-request or issue comment. */
export function formatDriftMarkdown(drifts: readonly Drift[], checked: number): string {
  if (drifts.length === 0) return `## PTV-vertailu\n\n${checked} kohdetta tarkistettu: tiedot vastaavat Palvelutietovarantoa.\n`;
  const lines = [
    '## PTV-vertailu',
    '',
    `${checked} kohdetta tarkistettu, **${drifts.length} eroa**. Tarkista jokainen ero PTV:stä tai palvelun omistajalta ja korjaa tiedosto (ohje: CONTRIBUTING.md, "Kun PTV-vertailu löytää eron").`,
    '',
    '| tiedosto | mikä | sivulla | PTV:ssä |',
    '| --- | --- | --- | --- |',
  ];
  for (const drift of drifts)
    lines.push(`| \`${cell(drift.file)}\` | ${KIND_NAMES[drift.kind]} | ${cell(drift.ours)} | ${cell(drift.ptv)} |`);
  return `${lines.join('\n')}\n`;
}
