// The collections an editor edits in the CMS, in one list: where the files are, how they are
// written and which schema checks them. The generator (config.ts) and the round-trip test read it.
import type { z } from 'astro/zod';
import { faqSchema, newsSchema, pageSchema } from '../../schemas/page.ts';
import { providerSchema } from '../../schemas/provider.ts';
import { serviceSchema } from '../../schemas/service.ts';
import { siteSchema } from '../../schemas/site.ts';
import { synonymsSchema } from '../../schemas/synonyms.ts';
import { pageTranslationSchema, serviceTranslationSchema } from '../../schemas/translation.ts';
import { REGISTER_FILE, registerSchema } from '../validation/contact-register.ts';

/** Names a field path's owner in the field table (fields.ts): "service.channels[].url". */
export type SchemaKey =
  'service' | 'serviceTranslation' | 'provider' | 'page' | 'pageTranslation' | 'news' | 'faq' | 'synonyms' | 'contacts' | 'site';

interface CollectionBase {
  /** Decap's collection name (also the URL of its list: /admin/#/collections/<name>). */
  name: string;
  label: string;
  labelSingular: string;
  schemaKey: SchemaKey;
  schema: z.ZodType;
  description?: string;
}

/** A folder of entries, one file each. */
export interface FolderCollection extends CollectionBase {
  kind: 'folder';
  /** Folder inside the content folder, e.g. "services" or "services/sv". */
  folder: string;
  extension: 'md' | 'mdx' | 'yaml';
  /** True when the file has a Markdown/MDX body after its frontmatter. */
  body: boolean;
  /** The field the entry list shows and new file names are made from. */
  identifierField: string;
  /** Decap slug template for new files. */
  slug: string;
}

/** A single file with settings or a list (site.yaml, synonyms.yaml). */
export interface FileCollection extends CollectionBase {
  kind: 'file';
  /** File inside the content folder. */
  file: string;
}

export type CmsCollection = FolderCollection | FileCollection;

// Decap names a new file after its title, but a translation must have the Finnish entry's file
// name; the editor makes the file under that name first (CONTRIBUTING.md, "Käännä palvelu").
const TRANSLATION_NOTE =
  'Uusi käännös: kirjoita nimeksi ensin suomenkielisen sivun tiedostonimi (osoitteen /palvelu/tiedostonimi/ viimeinen osa) ja tallenna, jolloin tiedosto saa oikean nimen. Vaihda sitten nimi käännökseksi ja tallenna uudelleen.';

const translated = (language: 'sv' | 'en', languageLabel: string): FolderCollection[] => [
  {
    kind: 'folder',
    name: `services_${language}`,
    label: `Palvelut ${languageLabel}`,
    labelSingular: `Palvelun käännös (${language})`,
    schemaKey: 'serviceTranslation',
    schema: serviceTranslationSchema,
    folder: `services/${language}`,
    extension: 'md',
    body: true,
    identifierField: 'title',
    slug: '{{slug}}',
    description: TRANSLATION_NOTE,
  },
  {
    kind: 'folder',
    name: `pages_${language}`,
    label: `Sivut ${languageLabel}`,
    labelSingular: `Sivun käännös (${language})`,
    schemaKey: 'pageTranslation',
    schema: pageTranslationSchema,
    folder: `pages/${language}`,
    extension: 'mdx',
    body: true,
    identifierField: 'title',
    slug: '{{slug}}',
    description: TRANSLATION_NOTE,
  },
];

export const CMS_COLLECTIONS: readonly CmsCollection[] = [
  {
    kind: 'folder',
    name: 'services',
    label: 'Palvelut',
    labelSingular: 'Palvelu',
    schemaKey: 'service',
    schema: serviceSchema,
    folder: 'services',
    extension: 'md',
    body: true,
    identifierField: 'title',
    slug: '{{slug}}',
    description: 'Palvelut suomeksi. Ruotsin- ja englanninkieliset käännökset ovat omissa kokoelmissaan.',
  },
  ...translated('sv', 'ruotsiksi'),
  ...translated('en', 'englanniksi'),
  {
    kind: 'folder',
    name: 'providers',
    label: 'Järjestäjät',
    labelSingular: 'Järjestäjä',
    schemaKey: 'provider',
    schema: providerSchema,
    folder: 'providers',
    extension: 'yaml',
    body: false,
    identifierField: 'name',
    slug: '{{slug}}',
  },
  {
    kind: 'folder',
    name: 'pages',
    label: 'Sivut',
    labelSingular: 'Sivu',
    schemaKey: 'page',
    schema: pageSchema,
    folder: 'pages',
    extension: 'mdx',
    body: true,
    identifierField: 'title',
    slug: '{{slug}}',
  },
  {
    kind: 'folder',
    name: 'news',
    label: 'Ajankohtaista',
    labelSingular: 'Uutinen',
    schemaKey: 'news',
    schema: newsSchema,
    folder: 'news',
    extension: 'mdx',
    body: true,
    identifierField: 'title',
    slug: '{{year}}-{{month}}-{{day}}-{{slug}}',
  },
  {
    kind: 'folder',
    name: 'faq',
    label: 'Kysymykset ja vastaukset',
    labelSingular: 'Kysymys',
    schemaKey: 'faq',
    schema: faqSchema,
    folder: 'faq',
    extension: 'md',
    body: true,
    identifierField: 'question',
    slug: '{{slug}}',
  },
  {
    kind: 'file',
    name: 'synonyms',
    label: 'Hakusanojen synonyymit',
    labelSingular: 'Synonyymit',
    schemaKey: 'synonyms',
    schema: synonymsSchema,
    file: 'synonyms.yaml',
  },
  {
    kind: 'file',
    name: 'contacts',
    label: 'Yhteystietojen lähteet',
    labelSingular: 'Lähderekisteri',
    schemaKey: 'contacts',
    schema: registerSchema,
    file: REGISTER_FILE,
    description:
      'Jokainen uusi puhelinnumero, sähköpostiosoite, katuosoite ja verkko-osoite kirjataan tänne lähteineen; muuten tarkistus (npm run validate) hylkää muutoksen.',
  },
  {
    kind: 'file',
    name: 'site',
    label: 'Sivuston asetukset',
    labelSingular: 'Asetukset',
    schemaKey: 'site',
    schema: siteSchema,
    file: 'site.yaml',
  },
];
