// Generates the Decap CMS configuration (/admin/config.yml) from the content schemas and the
// region's site.yaml. It is the only description of the editor's forms: nothing here repeats a
// field by hand, so a field added to a schema appears in the form (or the unit test fails).
import { relative } from 'node:path';
import { NATIONAL, WHOLE_REGION } from '../../schemas/service.ts';
import type { SiteSettings } from '../../schemas/site.ts';
import { CMS_COLLECTIONS, type CmsCollection } from './collections.ts';
import { toCmsField, type CmsField, type FieldContext } from './fields.ts';
import { objectFields } from './zod-shape.ts';

/** What a body may contain: text, headings, lists, emphasis, links. No images, code or HTML blocks. */
const BODY_FIELD: CmsField = {
  name: 'body',
  label: 'Sisältö',
  widget: 'markdown',
  required: false,
  hint: 'Kirjoita tavallista tekstiä. Otsikot, luettelot, lihavointi ja linkit (https:, mailto:, tel: tai sivuston omat osoitteet) ovat sallittuja; HTML-koodia ja kuvia ei käytetä.',
  buttons: ['bold', 'italic', 'link', 'heading-three', 'heading-four', 'bulleted-list', 'numbered-list', 'quote'],
  editor_components: [],
  modes: ['rich_text', 'raw'],
};

export interface CmsConfigOptions {
  site: SiteSettings;
  /** The content folder, absolute. */
  contentDir: string;
  /** The repository root the CMS writes to (folders in the config are relative to it). */
  repoRoot: string;
}

function collectionConfig(collection: CmsCollection, folderOf: (path: string) => string, context: FieldContext): Record<string, unknown> {
  const fields = objectFields(collection.schema).map(([name, schema]) =>
    toCmsField(name, schema, `${collection.schemaKey}.${name}`, context),
  );
  const common = {
    name: collection.name,
    label: collection.label,
    label_singular: collection.labelSingular,
    ...(collection.description ? { description: collection.description } : {}),
  };
  if (collection.kind === 'file') {
    return {
      ...common,
      editor: { preview: false },
      files: [{ name: collection.name, label: collection.label, file: folderOf(collection.file), fields }],
    };
  }
  const yaml = collection.extension === 'yaml';
  return {
    ...common,
    folder: folderOf(collection.folder),
    extension: collection.extension,
    format: yaml ? 'yml' : 'frontmatter',
    create: true,
    slug: collection.slug,
    identifier_field: collection.identifierField,
    summary: `{{${collection.identifierField}}}`,
    sortable_fields: [collection.identifierField],
    editor: { preview: false },
    fields: collection.body ? [...fields, BODY_FIELD] : fields,
  };
}

function backendConfig(site: SiteSettings): Record<string, unknown> {
  const cms = site.cms;
  // Without a cms block in site.yaml the editor only works locally (npm run cms).
  if (!cms) return { name: 'proxy', proxy_url: '/api/v1' };
  return {
    name: 'github',
    repo: cms.repo,
    branch: cms.branch,
    ...(cms.baseUrl ? { base_url: cms.baseUrl } : {}),
    ...(cms.authEndpoint ? { auth_endpoint: cms.authEndpoint } : {}),
    commit_messages: {
      create: 'CMS: lisää {{collection}} "{{slug}}"',
      update: 'CMS: päivitä {{collection}} "{{slug}}"',
      delete: 'CMS: poista {{collection}} "{{slug}}"',
      uploadMedia: 'CMS: lisää tiedosto "{{path}}"',
      deleteMedia: 'CMS: poista tiedosto "{{path}}"',
    },
  };
}

export function buildCmsConfig({ site, contentDir, repoRoot }: CmsConfigOptions): Record<string, unknown> {
  const contentPath = relative(repoRoot, contentDir).split('\\').join('/');
  const folderOf = (path: string) => (contentPath === '' ? path : `${contentPath}/${path}`);
  const context: FieldContext = { municipalities: site.municipalities, wholeRegion: WHOLE_REGION, national: NATIONAL };
  return {
    locale: 'fi',
    backend: backendConfig(site),
    // Each saved change becomes a branch and a pull request, which CI validates.
    publish_mode: 'editorial_workflow',
    site_url: site.siteUrl,
    // Decap needs a media folder; the content has no images, and no form field uploads one.
    media_folder: 'public/media',
    public_folder: '/media',
    // New file names follow the content rules: a–z, digits and hyphens, ä → a, ö → o.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: CMS_COLLECTIONS.map((collection) => collectionConfig(collection, folderOf, context)),
  };
}
