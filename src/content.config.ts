// Astro content collections, derived from the content model (src/content-model.ts) that the
// validator reads too. The validator runs before this (src/build/content-guard.ts) and reports
// every problem at once; Astro would stop at the first.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { contentDir } from './content-dir.ts';
import { collectionFiles, CONTENT_MODEL, namesGlob, type CollectionModel } from './content-model.ts';

const base = contentDir();

function collection(model: CollectionModel) {
  if (model.form !== 'file') {
    const { folder, pattern } = collectionFiles(model);
    return defineCollection({ loader: glob({ pattern, base: `${base}/${folder}` }), schema: model.schema });
  }
  // A required single file (site.yaml) is read with the file loader, which wants entries keyed by
  // id; an optional one (synonyms) is globbed, so a region without it has an empty collection.
  if (model.required) {
    return defineCollection({
      loader: file(`${base}/${model.names[0] ?? ''}`, { parser: (text) => ({ [model.entryId]: parse(text) as Record<string, unknown> }) }),
      schema: model.schema,
    });
  }
  return defineCollection({ loader: glob({ pattern: namesGlob(model.names), base }), schema: model.schema });
}

type Model = typeof CONTENT_MODEL;
/** Each collection keeps its own schema's type, so getCollection('services') is typed as before. */
type Collections = { [K in keyof Model]: Omit<ReturnType<typeof defineCollection>, 'schema'> & { schema: Model[K]['schema'] } };

export const collections = Object.fromEntries(
  Object.entries(CONTENT_MODEL).map(([name, model]) => [name, collection(model)]),
) as Collections;
