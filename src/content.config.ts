// Astro content collections. Schemas live in src/schemas/ and are shared with `npm run validate`;
// cross-entry checks (references, duplicates) run before this in src/integrations/content-guard.ts.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { contentDir } from './content-dir.ts';
import { areaSchema } from './schemas/area.ts';
import { faqSchema, newsSchema, pageSchema } from './schemas/page.ts';
import { operatingModelSchema, servicePathSchema } from './schemas/path.ts';
import { providerSchema } from './schemas/provider.ts';
import { serviceSchema } from './schemas/service.ts';
import { siteSchema } from './schemas/site.ts';
import { synonymsSchema } from './schemas/synonyms.ts';
import { pageTranslationSchema, serviceTranslationSchema } from './schemas/translation.ts';

const base = contentDir();

export const collections = {
  services: defineCollection({ loader: glob({ pattern: '*.{md,mdx}', base: `${base}/services` }), schema: serviceSchema }),
  providers: defineCollection({ loader: glob({ pattern: '*.{yaml,yml}', base: `${base}/providers` }), schema: providerSchema }),
  areas: defineCollection({ loader: glob({ pattern: '*.{yaml,yml}', base: `${base}/areas` }), schema: areaSchema }),
  pages: defineCollection({ loader: glob({ pattern: '*.{md,mdx}', base: `${base}/pages` }), schema: pageSchema }),
  faq: defineCollection({ loader: glob({ pattern: '*.md', base: `${base}/faq` }), schema: faqSchema }),
  news: defineCollection({ loader: glob({ pattern: '*.{md,mdx}', base: `${base}/news` }), schema: newsSchema }),
  // Professionals: the service path(s) and the operating models (toimintamallit).
  paths: defineCollection({ loader: glob({ pattern: '*.{md,mdx}', base: `${base}/paths` }), schema: servicePathSchema }),
  models: defineCollection({ loader: glob({ pattern: '*.{md,mdx}', base: `${base}/models` }), schema: operatingModelSchema }),
  // Translations sit in sv/ and en/ beside the Finnish masters; their ids are "sv/<id>", "en/<id>".
  serviceTranslations: defineCollection({ loader: glob({ pattern: '{sv,en}/*.{md,mdx}', base: `${base}/services` }), schema: serviceTranslationSchema }),
  pageTranslations: defineCollection({ loader: glob({ pattern: '{sv,en}/*.{md,mdx}', base: `${base}/pages` }), schema: pageTranslationSchema }),
  // Search synonyms (optional): content/synonyms.yaml becomes the single entry "synonyms".
  synonyms: defineCollection({ loader: glob({ pattern: 'synonyms.{yaml,yml}', base }), schema: synonymsSchema }),
  // site.yaml holds one object; the file loader wants entries keyed by id, so it becomes entry "site".
  site: defineCollection({
    loader: file(`${base}/site.yaml`, { parser: (text) => ({ site: parse(text) as Record<string, unknown> }) }),
    schema: siteSchema,
  }),
};
