// Providers (Järjestäjät ja tuottajat): the organisations behind the services.
import { z } from 'astro/zod';
import { channel } from './channel.ts';
import { text, webUrl } from './common.ts';
import { providerPtv } from './ptv.ts';

/** Provider types; the first six are also the mock-up's provider groups on /toimijat/. */
export const PROVIDER_TYPES = [
  'hyvinvointialue',
  'tyollisyysalue',
  'typ',
  'kela',
  'jarjesto',
  'seurakunta',
  'oppilaitos',
  'kunta',
  'valtio',
  'yritys',
] as const;
export type ProviderType = (typeof PROVIDER_TYPES)[number];

export const providerSchema = z.strictObject({
  /** Official name of the organisation. */
  name: text('nimi', { max: 120 }).describe('Organisaation virallinen nimi.'),
  /** Kind of organisation; drives grouping and the search filter. */
  type: z.enum(PROVIDER_TYPES, { error: `Tuntematon toimijatyyppi (type). Sallitut: ${PROVIDER_TYPES.join(', ')}.` }).describe('Organisaation tyyppi; ryhmittelee järjestäjäsivun.'),
  /**
   * Official main website. Optional: when it is not known for certain, leave it out; the provider
   * page then says that the address has not been verified yet (never guess an address).
   */
  website: webUrl().optional().describe('Virallinen pääsivu. Jätä tyhjäksi, jos osoitetta ei ole varmistettu.'),
  /** What the organisation does, in two or three plain sentences. */
  description: text('kuvaus', { min: 20, max: 600 }).describe('Mitä organisaatio tekee, kahdella tai kolmella selkeällä virkkeellä. 20–600 merkkiä.'),
  /** Public channels of the organisation itself (only official, verified data). */
  channels: z.array(channel).default([]).describe('Organisaation omat julkiset yhteystiedot (vain virallinen, varmistettu tieto).'),
  /** PTV ids: written by `npm run ptv:import`, read by `npm run ptv:check`. */
  ptv: providerPtv.optional().describe('PTV-tuonnin kirjaamat tunnisteet; älä muokkaa.'),
});

export type ProviderData = z.output<typeof providerSchema>;
