// One PTV service → the fields of a draft service file (Finnish master) and its sv/en translation
// texts, in the house's template. Pure: the caller supplies the channels, organisation names, the
// region's municipalities and "now". Everything that has no place in our model is listed.
import type { AreaId } from '../../schemas/area.ts';
import type { Channel } from '../../schemas/channel.ts';
import { NATIONAL, WHOLE_REGION, type Audience } from '../../schemas/service.ts';
import { mapAudiences, proposeAreas } from './classify.ts';
import { channelKey, mapChannel, uniqueChannels } from './channels.ts';
import type { PtvService, PtvServiceChannel, PtvServiceServiceChannel } from './model.ts';
import { anyLanguage, fitText, inLanguage, localized, type PtvLanguage } from './text.ts';

export interface MappedTranslation {
  title: string;
  summary: string;
  forWhom: string;
  duration: string;
  body: string;
}

/** The fields the importer owns; each is fingerprinted in ptv.hashes. */
export interface MappedServiceFields {
  title: string;
  summary: string;
  areas: AreaId[];
  audiences: Audience[];
  forWhom: string;
  access: { route: 'itse' | 'muu'; text: string }[];
  duration: string;
  cost: { type: 'maksuton' | 'maksullinen' | 'ei-tiedossa'; text?: string };
  languages: string[];
  municipalities: string[];
  channels: Channel[];
  keywords: string[];
  owner: string;
  body: string;
}

export interface MappedService {
  ptvId: string;
  fields: MappedServiceFields;
  translations: Partial<Record<'sv' | 'en', MappedTranslation>>;
  /** PTV ids of the channels whose contacts were used. */
  channelIds: string[];
  /** The PTV channel each of our channels came from (by channelKey), for the register's sources. */
  sources: Record<string, string>;
  /** PTV id and name of the responsible organisation. */
  organization: { id?: string | undefined; name?: string | undefined };
  areaReasons: string[];
  unmapped: string[];
}

export interface ServiceMapContext {
  channels: ReadonlyMap<string, PtvServiceChannel>;
  /** The region's municipalities (site.yaml); empty when the folder has no site.yaml yet. */
  municipalities: readonly string[];
  /** Organisation names by PTV id, for the owner field. */
  organizationNames: ReadonlyMap<string, string>;
  now: Date;
}

const DURATION_UNKNOWN: Record<PtvLanguage, string> = {
  fi: 'Kesto ei ole tiedossa.',
  sv: 'Längden är inte känd.',
  en: 'The duration is not known.',
};
const TARGET_GROUP_PREFIX: Record<PtvLanguage, string> = { fi: 'Kohderyhmä PTV:ssä', sv: 'Målgrupp i PTV', en: 'Target group in PTV' };
const EXTRA_TEXTS: readonly (readonly [string, Record<PtvLanguage, string>])[] = [
  ['ProcessingTime', { fi: 'Käsittelyaika', sv: 'Handläggningstid', en: 'Processing time' }],
  ['ValidityTime', { fi: 'Voimassaoloaika', sv: 'Giltighetstid', en: 'Period of validity' }],
  ['DeadLine', { fi: 'Määräaika', sv: 'Tidsfrist', en: 'Deadline' }],
];

/** PTV's plain text as a safe Markdown body: no raw HTML, no MDX braces, no top-level headings. */
export function markdownBody(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\{/g, '&#123;')
    .replace(/\}/g, '&#125;')
    .split('\n')
    .map((line) => line.replace(/^(\s*)#/, '$1\\#').trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function body(service: PtvService, language: PtvLanguage): string {
  const parts: string[] = [];
  const description = localized(service.serviceDescriptions, language, 'Description');
  if (description) parts.push(markdownBody(description));
  for (const [type, label] of EXTRA_TEXTS) {
    const value = localized(service.serviceDescriptions, language, type);
    if (value) parts.push(`**${label[language]}:** ${markdownBody(value)}`);
  }
  return parts.join('\n\n');
}

function summaryOf(service: PtvService, language: PtvLanguage): string | undefined {
  const summary = localized(service.serviceDescriptions, language, 'Summary');
  if (summary && summary.length >= 20) return fitText(summary, 250);
  const description = localized(service.serviceDescriptions, language, 'Description');
  return description && description.length >= 20 ? fitText(description, 250) : undefined;
}

function forWhomOf(service: PtvService, language: PtvLanguage): string | undefined {
  const requirements = inLanguage(service.requirements, language);
  if (requirements && requirements.length >= 10) return fitText(requirements, 800);
  const groups = service.targetGroups.map((group) => inLanguage(group.name, language)).filter((name): name is string => Boolean(name));
  return groups.length > 0 ? fitText(`${TARGET_GROUP_PREFIX[language]}: ${groups.join(', ')}.`, 800) : undefined;
}

function municipalitiesOf(service: PtvService, region: readonly string[], unmapped: string[]): string[] {
  if (service.areaType === 'Nationwide' || service.areaType === 'NationwideExceptAlandIslands') return [NATIONAL];
  const names = new Set<string>();
  for (const area of service.areas) {
    if (area.type === 'Municipality') {
      const name = inLanguage(area.name, 'fi');
      if (name) names.add(name);
    }
    for (const municipality of area.municipalities) {
      const name = inLanguage(municipality.name, 'fi');
      if (name) names.add(name);
    }
  }
  if (region.length === 0) return names.size > 0 ? [...names] : [WHOLE_REGION];
  const inRegion = region.filter((name) => names.has(name));
  const outside = [...names].filter((name) => !region.includes(name));
  if (outside.length > 0) unmapped.push(`alueen ulkopuoliset kunnat: ${outside.join(', ')}`);
  if (inRegion.length === 0) {
    unmapped.push(
      names.size > 0
        ? 'palvelun alue ei osu alueen kuntiin; merkitty koko alue – tarkista'
        : 'palvelun alue puuttuu PTV:stä; merkitty koko alue – tarkista',
    );
    return [WHOLE_REGION];
  }
  return inRegion.length === region.length ? [WHOLE_REGION] : inRegion;
}

const CHARGE_TYPES = { FreeOfCharge: 'maksuton', Chargeable: 'maksullinen' } as const;

function translation(service: PtvService, language: 'sv' | 'en'): MappedTranslation | undefined {
  const title = localized(service.serviceNames, language, 'Name');
  const summary = summaryOf(service, language);
  if (!title || !summary) return undefined;
  return {
    title: fitText(title, 100),
    summary,
    forWhom: forWhomOf(service, language) ?? DURATION_UNKNOWN[language],
    duration: DURATION_UNKNOWN[language],
    body: body(service, language),
  };
}

/**
 * The service's channel connections: its own list (serviceChannels), plus connections only the
 * channel side lists (a channel's `services`), which a partial data set may have.
 */
export function connectionsOf(service: PtvService, channels: ReadonlyMap<string, PtvServiceChannel>): PtvServiceServiceChannel[] {
  const listed = new Set(service.serviceChannels.map((connection) => connection.serviceChannel.id.toLowerCase()));
  const fromChannels = [...channels.values()]
    .filter(
      (channel) =>
        !listed.has(channel.id.toLowerCase()) &&
        channel.services.some((item) => item.service.id.toLowerCase() === service.id.toLowerCase()),
    )
    .map((channel): PtvServiceServiceChannel => ({ serviceChannel: { id: channel.id, name: null }, description: [], serviceHours: [] }));
  return [...service.serviceChannels, ...fromChannels];
}

/** Maps one service, or explains why it cannot be written (`reason`). */
export function mapService(service: PtvService, context: ServiceMapContext): MappedService | { ptvId: string; reason: string } {
  const unmapped: string[] = [];
  const title = localized(service.serviceNames, 'fi', 'Name');
  if (!title)
    return { ptvId: service.id, reason: 'Palvelulla ei ole suomenkielistä nimeä PTV:ssä; suomenkielinen teksti on sivuston pääkieli.' };
  const summary = summaryOf(service, 'fi');
  if (!summary) return { ptvId: service.id, reason: 'Palvelulla ei ole suomenkielistä tiivistelmää eikä kuvausta PTV:ssä.' };

  // Channels: in the order the service lists them; the ones missing from the data are reported.
  const channels: Channel[] = [];
  const channelIds: string[] = [];
  const sources: Record<string, string> = {};
  for (const connection of connectionsOf(service, context.channels)) {
    const channel = context.channels.get(connection.serviceChannel.id);
    if (!channel) {
      unmapped.push(`asiointikanava ${connection.serviceChannel.id} (${connection.serviceChannel.name ?? 'nimetön'}) puuttuu aineistosta`);
      continue;
    }
    const mapped = mapChannel(channel, connection, context.now);
    unmapped.push(...mapped.unmapped);
    if (mapped.channels.length > 0) {
      channels.push(...mapped.channels);
      channelIds.push(channel.id);
      for (const item of mapped.channels) sources[channelKey(item)] ??= channel.id;
    }
  }
  if (channels.some((channel) => 'hours' in channel && channel.hours))
    unmapped.push('jäsennellyt aukioloajat kirjoitettiin tekstinä kenttään hours (mallissamme ei ole jäsenneltyjä aukioloaikoja)');
  if (channels.length === 0)
    return {
      ptvId: service.id,
      reason: 'Palvelulla ei ole yhtään julkaistua asiointikanavaa, jonka yhteystiedon voisi näyttää (vähintään yksi vaaditaan).',
    };

  const responsible = service.organizations.find((item) => item.roleType === 'Responsible') ?? service.organizations[0];
  const organization = { id: responsible?.organization?.id ?? undefined, name: responsible?.organization?.name ?? undefined };
  const ownerName =
    (organization.id ? context.organizationNames.get(organization.id) : undefined) ?? organization.name ?? 'Palvelun järjestäjä (PTV)';
  const keywords = [
    ...new Set([
      ...service.keywords.filter((item) => item.language === 'fi').map((item) => item.value.trim()),
      ...[...service.ontologyTerms, ...service.serviceClasses]
        .map((term) => inLanguage(term.name, 'fi'))
        .filter((name): name is string => Boolean(name)),
    ]),
  ].filter(Boolean);
  const proposal = proposeAreas(service.serviceClasses, [
    ...keywords,
    ...service.serviceClasses.map((item) => anyLanguage(item.name) ?? ''),
  ]);
  const audiences = mapAudiences(service.targetGroups, service.lifeEvents);
  unmapped.push(...audiences.unmapped);

  const instruction = localized(service.serviceDescriptions, 'fi', 'UserInstruction');
  const route = channels.some((channel) => channel.type !== 'service') ? 'itse' : 'muu';
  if (!instruction) unmapped.push('asiointiohje (UserInstruction) puuttuu; pääsyreitin teksti on yleinen – tarkista');
  const access = [
    { route, text: instruction ? fitText(instruction, 400) : 'Ota yhteyttä palveluun alla olevien yhteystietojen kautta.' } as const,
  ];
  if (instruction && instruction.replace(/\s+/g, ' ').length > 400)
    unmapped.push('asiointiohje lyhennetty 400 merkkiin (access.text) – tarkista');

  const chargeType = service.serviceChargeType ? CHARGE_TYPES[service.serviceChargeType as keyof typeof CHARGE_TYPES] : undefined;
  const chargeInfo = localized(service.serviceDescriptions, 'fi', 'ChargeTypeAdditionalInfo');
  const cost = { type: chargeType ?? 'ei-tiedossa', ...(chargeInfo ? { text: fitText(chargeInfo, 300) } : {}) } as const;
  const languages = service.languages.filter((code) => /^[a-z]{2}$/.test(code));
  const otherLanguages = service.languages.filter((code) => !/^[a-z]{2}$/.test(code));
  if (otherLanguages.length > 0) unmapped.push(`kielikoodit ${otherLanguages.join(', ')} (vain kaksikirjaimiset)`);
  if (!inLanguage(service.requirements, 'fi'))
    unmapped.push('edellytykset (requirements) puuttuvat; kohderyhmän tarkennus on kirjoitettu kohderyhmistä – tarkista');
  unmapped.push('kesto (duration): PTV:ssä ei ole kestoa');
  for (const type of ['ServiceType']) if (localized(service.serviceDescriptions, 'fi', type)) unmapped.push(`kuvausteksti ${type}`);
  if (service.legislation.length > 0) unmapped.push(`lainsäädäntö (${service.legislation.length} linkkiä)`);
  if (service.serviceVouchersInUse) unmapped.push('palveluseteli (serviceVouchers)');
  if (service.industrialClasses.length > 0) unmapped.push('toimialaluokat (industrialClasses)');

  const translations: Partial<Record<'sv' | 'en', MappedTranslation>> = {};
  for (const language of ['sv', 'en'] as const) {
    const mapped = translation(service, language);
    if (mapped) translations[language] = mapped;
  }

  return {
    ptvId: service.id,
    fields: {
      title: fitText(title, 100),
      summary,
      areas: proposal.areas,
      audiences: audiences.audiences,
      forWhom: forWhomOf(service, 'fi') ?? `${title}: kohderyhmää ei ole kerrottu PTV:ssä.`,
      access: [...access],
      duration: DURATION_UNKNOWN.fi,
      cost,
      languages: languages.length > 0 ? languages : ['fi'],
      municipalities: municipalitiesOf(service, context.municipalities, unmapped),
      channels: uniqueChannels(channels),
      keywords,
      owner: fitText(ownerName, 160),
      body: body(service, 'fi'),
    },
    translations,
    channelIds,
    sources,
    organization,
    areaReasons: proposal.reasons,
    unmapped,
  };
}
