// A PTV organisation (V10VmOpenApiOrganization) → the fields of a provider file: name, type,
// website, description and the organisation's own phones and e-mails. Shared by the import and the
// drift check.
import type { Channel } from '../../schemas/channel.ts';
import { PROVIDER_TYPES, type ProviderType } from '../../schemas/provider.ts';
import { mapChannel } from './channels.ts';
import type { PtvOrganization } from './model.ts';
import { fitText, localized } from './text.ts';

/** PTV organisation types → ours (OrganizationTypeEnum; later versions add wellbeing counties). */
const ORGANIZATION_TYPES: Readonly<Record<string, ProviderType>> = {
  Municipality: 'kunta',
  State: 'valtio',
  Organization: 'jarjesto',
  Company: 'yritys',
  RegionalOrganization: 'hyvinvointialue',
  Region: 'hyvinvointialue',
  SotePublic: 'hyvinvointialue',
  SotePrivate: 'yritys',
  WellbeingServiceCounty: 'hyvinvointialue',
};

export interface ProviderFields {
  values: Record<string, unknown>;
  channelIds: string[];
  sources: Record<string, string>;
  unmapped: string[];
}

/** A PTV organisation → the fields of a provider file. */
export function providerFields(organization: PtvOrganization | undefined, name: string, id: string): ProviderFields {
  const unmapped: string[] = [];
  const type = organization?.organizationType ? ORGANIZATION_TYPES[organization.organizationType] : undefined;
  if (!type)
    unmapped.push(
      `organisaatiotyyppi ${organization?.organizationType ?? '(puuttuu)'}: ei vastinetta, ehdotettu kunta – tarkista (sallitut: ${PROVIDER_TYPES.join(', ')})`,
    );
  const description =
    (organization
      ? (localized(organization.organizationDescriptions, 'fi', 'Summary') ??
        localized(organization.organizationDescriptions, 'fi', 'Description'))
      : undefined) ?? `${name}: organisaation kuvaus puuttuu PTV:stä. Kirjoita tähän kaksi tai kolme virkettä.`;
  const website = organization?.webPages.find((page) => (!page.language || page.language === 'fi') && page.url.startsWith('https://'))?.url;
  const channels: Channel[] = [];
  const sources: Record<string, string> = {};
  if (organization) {
    // The organisation's own phones and e-mails, through the same mapping as a channel's.
    const phoneLike = mapChannel(
      {
        id: organization.id,
        serviceChannelType: 'Phone',
        serviceChannelNames: [],
        serviceChannelDescriptions: [],
        services: [],
        areas: [],
        phoneNumbers: organization.phoneNumbers.map((phone) => ({ ...phone, type: 'Phone' })),
        supportPhones: [],
        emails: [],
        supportEmails: [],
        languages: [],
        webPages: [],
        addresses: [],
        serviceHours: [],
      },
      undefined,
      new Date(),
    );
    unmapped.push(...phoneLike.unmapped);
    channels.push(...phoneLike.channels);
    for (const email of organization.emails.filter((item) => item.language === 'fi'))
      channels.push({ type: 'email', address: email.value.trim() });
    if (organization.addresses.length > 0)
      unmapped.push('organisaation osoitteet (toimijalla ei ole osoitekenttää; lisää käyntiosoite palveluun)');
  } else unmapped.push(`organisaation ${id} tiedot puuttuvat aineistosta (vain nimi palvelun tiedoista)`);
  return {
    values: {
      name: fitText(name, 120),
      type: type ?? 'kunta',
      ...(website ? { website } : {}),
      description: fitText(description, 600),
      channels,
    },
    channelIds: [],
    sources,
    unmapped,
  };
}
