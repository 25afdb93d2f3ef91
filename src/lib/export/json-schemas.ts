// The published format of /api/v1/services.json, providers.json and areas.json, defined once in
// zod: the builders' types are inferred from it and the JSON Schemas beside the files are generated
// from it, so the documentation cannot drift from the data.
import { z } from 'astro/zod';
import { AREA_IDS } from '../../schemas/area.ts';
import { PROVIDER_TYPES } from '../../schemas/provider.ts';
import { ACCESS_ROUTES, AUDIENCES, COST_TYPES, VERIFICATION_STATES } from '../../schemas/service.ts';
import { LICENCE, SCHEMA_VERSION } from './source.ts';

const describe = <T extends z.ZodType>(schema: T, description: string): T => schema.meta({ description });

const id = describe(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), 'Tunniste: sisältötiedoston nimi ilman päätettä, esim. palvelun-nimi.');
const uuid = describe(z.uuid(), 'Pysyvä UUID v5, johdettu sivun osoitteesta (sama kuin HSDS-viennin id).');
const pageUrl = describe(z.url(), 'Sivun osoite Työllisyystalossa.');
const label = describe(z.string(), 'Kanavan näkyvä nimi, esim. "Neuvonta".');
const hours = describe(z.string(), 'Palvelu- tai aukioloajat vapaana tekstinä.');

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/);
const timeRange = z.strictObject({
  opens: describe(clock, 'Alkaa, Suomen aikaa (Europe/Helsinki), HH:MM.'),
  closes: describe(clock, 'Päättyy, Suomen aikaa, HH:MM; 24:00 = keskiyöhön asti.'),
});
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const openingHours = describe(
  z.strictObject({
    weekly: describe(
      z.strictObject(Object.fromEntries(['ma', 'ti', 'ke', 'to', 'pe', 'la', 'su'].map((day) => [day, z.array(timeRange).optional()]))),
      'Viikon ajat päivittäin (ma–su); puuttuva päivä on suljettu.',
    ).optional(),
    exceptions: z
      .array(
        z.strictObject({
          date: describe(isoDay, 'Päivä tai jakson ensimmäinen päivä.'),
          until: describe(isoDay, 'Jakson viimeinen päivä.').optional(),
          closed: describe(z.literal(true), 'Suljettu koko päivän.').optional(),
          hours: z.array(timeRange).optional(),
          note: z.string().optional(),
        }),
      )
      .optional(),
    byAppointment: describe(z.boolean(), 'Myös (tai vain) ajanvarauksella.').optional(),
    note: z.string().optional(),
  }),
  'Rakenteiset aukioloajat Suomen aikaa (Europe/Helsinki).',
);
const accessibility = describe(
  z.strictObject({
    stepFreeEntrance: z.boolean().optional(),
    accessibleToilet: z.boolean().optional(),
    inductionLoop: z.boolean().optional(),
    parking: z.boolean().optional(),
    description: z.string().optional(),
  }),
  'Tilojen esteettömyys: true = on, false = ei ole, puuttuva = ei tiedossa.',
);

const phone = z.strictObject({
  type: z.literal('phone'),
  number: describe(z.string(), 'Numero siinä muodossa kuin se näytetään, esim. "029 041 3170".'),
  tel: describe(
    z.string().regex(/^(\+358\d{5,12}|1\d{2,5})$/),
    'Numero soitettavassa muodossa: +358… tai lyhyt palvelunumero (116 123 → 116123).',
  ),
  label: label.optional(),
  hours: hours.optional(),
  openingHours: openingHours.optional(),
});
const email = z.strictObject({ type: z.literal('email'), address: z.email(), label: label.optional() });
const web = z.strictObject({ type: z.literal('web'), url: z.url(), label: label.optional() });
const eservice = z.strictObject({ type: z.literal('eservice'), url: z.url(), label: label.optional() });
const chat = z.strictObject({ type: z.literal('chat'), url: z.url(), label: label.optional(), hours: hours.optional(), openingHours: openingHours.optional() });
const address = z.strictObject({
  type: z.literal('address'),
  street: z.string(),
  postalCode: z.string().regex(/^\d{5}$/),
  city: z.string(),
  label: label.optional(),
  hours: hours.optional(),
  openingHours: openingHours.optional(),
  accessibility: accessibility.optional(),
});

const service = z.strictObject({
  type: z.literal('service'),
  service: describe(id, 'Sen palvelun tunniste, joka osaa kertoa lisää (services.json).'),
  name: describe(z.string(), 'Sen palvelun nimi.'),
  url: describe(z.url(), 'Sen palvelun sivu Työllisyystalossa.'),
  label: label.optional(),
});

export const exportedChannelSchema = describe(
  z.discriminatedUnion('type', [phone, email, web, eservice, chat, address, service]),
  'Yhteystieto tai asiointikanava; type kertoo lajin (phone, email, web, eservice, chat, address). service = toimijan omia yhteystietoja ei tiedetä, vaan lisää voi kysyä toisesta tämän aineiston palvelusta.',
);

const licence = z.strictObject({ id: z.literal(LICENCE.id), name: z.string(), url: z.url() });

/** Fields every document starts with. */
const envelope = {
  $schema: describe(z.url(), 'Tämän tiedoston JSON Schema.'),
  schemaVersion: describe(z.literal(SCHEMA_VERSION), 'Tiedostomuodon versio (semanttinen versiointi).'),
  generatedAt: describe(z.iso.datetime({ offset: true }), 'Milloin tiedosto muodostettiin (ISO 8601, UTC).'),
  licence: describe(licence, 'Aineiston lisenssi.'),
  publisher: describe(z.string(), 'Aineiston julkaisija.'),
  region: describe(z.string(), 'Alue, jonka palveluja aineisto kuvaa.'),
  count: describe(z.int().min(0), 'Luettelon alkioiden määrä.'),
};

export const exportedServiceSchema = z.strictObject({
  id,
  uuid,
  url: pageUrl,
  title: describe(z.string(), 'Palvelun nimi.'),
  summary: describe(z.string(), 'Mitä – lyhyesti (1–2 virkettä).'),
  plainSummary: describe(z.string(), 'Selkokielinen tiivistelmä.').optional(),
  bring: describe(z.string(), 'Mitä asiakas tarvitsee mukaan palveluun (vapaa teksti).').optional(),
  content: describe(z.string(), 'Palvelun sisältö Markdown-muodossa.').optional(),
  areas: describe(z.array(z.enum(AREA_IDS)).min(1).max(3), 'Elämänalueet; ensimmäinen on pääalue.'),
  primaryArea: describe(z.enum(AREA_IDS), 'Pääalue (areas-luettelon ensimmäinen).'),
  provider: describe(
    z.strictObject({ id, uuid, name: z.string(), type: z.enum(PROVIDER_TYPES), public: z.boolean(), url: pageUrl }),
    'Järjestäjä tai tuottaja; public = julkinen toimija (hyvinvointialue, työllisyysalue, TYP, Kela, kunta, valtio).',
  ),
  audiences: describe(z.array(z.enum(AUDIENCES)).min(1), 'Kohderyhmät.'),
  forWhom: describe(z.string(), 'Kenelle palvelu on ja millä ehdoin.'),
  age: describe(z.strictObject({ min: z.int().min(0).optional(), max: z.int().min(0).optional() }), 'Ikärajat vuosina.').optional(),
  access: describe(
    z.array(z.strictObject({ route: z.enum(ACCESS_ROUTES), text: z.string() })).min(1),
    'Miten palveluun pääsee; route itse = asiakas voi ottaa yhteyttä itse.',
  ),
  canSelfRefer: describe(z.boolean(), 'Voiko asiakas ottaa yhteyttä itse (jokin access-reitti on itse).'),
  duration: describe(z.string(), 'Palvelun kesto.'),
  cost: describe(
    z.strictObject({ type: z.enum(COST_TYPES), text: z.string().optional() }),
    'Hinta: maksuton, maksullinen, osin maksullinen tai ei-tiedossa (hintaa ei ole varmistettu), ja tarkennus.',
  ),
  languages: describe(z.array(z.string().regex(/^[a-z]{2}$/)).min(1), 'Palvelukielet ISO 639-1 -koodeina.'),
  municipalities: describe(z.array(z.string()).min(1), 'Alueen kunnat, "koko alue" tai "valtakunnallinen".'),
  channels: describe(z.array(exportedChannelSchema).min(1), 'Yhteystiedot ja asiointikanavat.'),
  systems: describe(
    z.strictObject({ client: z.array(z.string()), professional: z.array(z.string()) }),
    'Järjestelmät asiakkaalla ja ammattilaisella.',
  ),
  keywords: describe(z.array(z.string()), 'Hakusanat (arkikieliset ja taivutetut muodot).'),
  related: describe(z.array(id), 'Liittyvät julkaistut palvelut.'),
  lastReviewed: describe(z.iso.date(), 'Tiedot tarkistettu (VVVV-KK-PP).'),
  owner: describe(z.string(), 'Sisällön ylläpitäjä (yksikkö tai rooli).'),
  status: describe(
    z.enum(VERIFICATION_STATES),
    'vahvistettu = palvelun ylläpitäjä on vahvistanut tiedot; tarkistettava = koottu julkisista lähteistä.',
  ),
  ptv: describe(
    z.strictObject({ service: z.uuid(), channels: z.array(z.uuid()) }),
    'Palvelun ja sen asiointikanavien tunnisteet Suomi.fi-palvelutietovarannossa (PTV), jos palvelu on tuotu sieltä.',
  ).optional(),
  confirmedBy: describe(z.string(), 'Tiedot vahvistanut: rooli tai yksikkö, ei henkilön nimeä (vain vahvistetulla palvelulla).').optional(),
  confirmedOn: describe(z.iso.date(), 'Vahvistuspäivä (VVVV-KK-PP, vain vahvistetulla palvelulla).').optional(),
});

export const servicesDocumentSchema = z
  .strictObject({
    ...envelope,
    services: describe(z.array(exportedServiceSchema), 'Kaikki julkaistut palvelut nimen mukaan järjestettynä.'),
  })
  .meta({ title: 'Työllisyystalo: palvelut', description: 'Kaikki Työllisyystalon julkaistut palvelut kaikkine tietoineen.' });

export const exportedProviderSchema = z.strictObject({
  id,
  uuid,
  url: pageUrl,
  name: describe(z.string(), 'Toimijan virallinen nimi.'),
  type: describe(z.enum(PROVIDER_TYPES), 'Toimijan tyyppi.'),
  public: describe(z.boolean(), 'Julkinen toimija (hyvinvointialue, työllisyysalue, TYP, Kela, kunta, valtio).'),
  website: describe(z.url(), 'Toimijan virallinen verkkosivu. Puuttuu, jos osoitetta ei ole vielä varmistettu.').optional(),
  description: describe(z.string(), 'Kuvaus.'),
  channels: describe(z.array(exportedChannelSchema), 'Toimijan omat yhteystiedot.'),
  services: describe(z.array(id), 'Toimijan julkaistut palvelut.'),
});

export const providersDocumentSchema = z
  .strictObject({ ...envelope, providers: z.array(exportedProviderSchema) })
  .meta({ title: 'Työllisyystalo: toimijat', description: 'Palveluja järjestävät ja tuottavat organisaatiot.' });

const localised = z.strictObject({ fi: z.string(), sv: z.string().optional(), en: z.string().optional() });

export const exportedAreaSchema = z.strictObject({
  id: describe(z.enum(AREA_IDS), 'Elämänalueen tunniste.'),
  uuid,
  url: pageUrl,
  order: describe(z.int().min(1).max(7), 'Järjestys talossa.'),
  name: describe(localised, 'Nimi suomeksi, ruotsiksi ja englanniksi.'),
  description: describe(localised, 'Kuvaus.'),
  kykyviisari: describe(z.string(), 'Kykyviisarin osa-alue, johon elämänalue perustuu.'),
  services: describe(z.array(id), 'Kaikki alueen palvelut.'),
  primaryServices: describe(z.array(id), 'Palvelut, joiden pääalue tämä on.'),
});

export const areasDocumentSchema = z
  .strictObject({ ...envelope, areas: z.array(exportedAreaSchema).length(AREA_IDS.length) })
  .meta({ title: 'Työllisyystalo: elämänalueet', description: 'Seitsemän elämänaluetta, jotka perustuvat Kykyviisarin osa-alueisiin.' });

export type ExportedChannel = z.output<typeof exportedChannelSchema>;
export type ExportedService = z.output<typeof exportedServiceSchema>;
export type ServicesDocument = z.output<typeof servicesDocumentSchema>;
export type ExportedProvider = z.output<typeof exportedProviderSchema>;
export type ProvidersDocument = z.output<typeof providersDocumentSchema>;
export type ExportedArea = z.output<typeof exportedAreaSchema>;
export type AreasDocument = z.output<typeof areasDocumentSchema>;

/** The published JSON Schema (draft 2020-12) of one document, with its own address as $id. */
export function jsonSchemaOf(schema: z.ZodType, id: string): Record<string, unknown> {
  return { ...z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output' }), $id: id };
}
