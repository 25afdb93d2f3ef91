// The collections an editor edits in the CMS, in one list: how the form names them and how new
// files are written. Folders, schemas and title fields come from the content model
// (src/content-model.ts), the one list the build and the validator also read, so the form cannot
// drift from what is built and validated. The generator (config.ts) and the round-trip test read it.
import type { z } from 'astro/zod';
import { CONTENT_MODEL } from '../../content-model.ts';
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
    schema: CONTENT_MODEL.serviceTranslations.schema,
    folder: `${CONTENT_MODEL.services.folder}/${language}`,
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
    schema: CONTENT_MODEL.pageTranslations.schema,
    folder: `${CONTENT_MODEL.pages.folder}/${language}`,
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
    schema: CONTENT_MODEL.services.schema,
    folder: CONTENT_MODEL.services.folder,
    extension: 'md',
    body: true,
    identifierField: CONTENT_MODEL.services.titleField,
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
    schema: CONTENT_MODEL.providers.schema,
    folder: CONTENT_MODEL.providers.folder,
    extension: 'yaml',
    body: false,
    identifierField: CONTENT_MODEL.providers.titleField,
    slug: '{{slug}}',
  },
  {
    kind: 'folder',
    name: 'pages',
    label: 'Sivut',
    labelSingular: 'Sivu',
    schemaKey: 'page',
    schema: CONTENT_MODEL.pages.schema,
    folder: CONTENT_MODEL.pages.folder,
    extension: 'mdx',
    body: true,
    identifierField: CONTENT_MODEL.pages.titleField,
    slug: '{{slug}}',
  },
  {
    kind: 'folder',
    name: 'news',
    label: 'Ajankohtaista',
    labelSingular: 'Uutinen',
    schemaKey: 'news',
    schema: CONTENT_MODEL.news.schema,
    folder: CONTENT_MODEL.news.folder,
    extension: 'mdx',
    body: true,
    identifierField: CONTENT_MODEL.news.titleField,
    slug: '{{year}}-{{month}}-{{day}}-{{slug}}',
  },
  {
    kind: 'folder',
    name: 'faq',
    label: 'Kysymykset ja vastaukset',
    labelSingular: 'Kysymys',
    schemaKey: 'faq',
    schema: CONTENT_MODEL.faq.schema,
    folder: CONTENT_MODEL.faq.folder,
    extension: 'md',
    body: true,
    identifierField: CONTENT_MODEL.faq.titleField,
    slug: '{{slug}}',
  },
  {
    kind: 'file',
    name: 'synonyms',
    label: 'Hakusanojen synonyymit',
    labelSingular: 'Synonyymit',
    schemaKey: 'synonyms',
    schema: CONTENT_MODEL.synonyms.schema,
    file: CONTENT_MODEL.synonyms.names[0],
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
    schema: CONTENT_MODEL.site.schema,
    file: CONTENT_MODEL.site.names[0],
  },
];
