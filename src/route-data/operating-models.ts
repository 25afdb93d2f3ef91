// /ammattilaisille/toimintamallit/ (the operating models in their editorial order) and
// /ammattilaisille/toimintamallit/<id>/: one model and the service path it points to, if that
// path exists, with the path's address (the section page when the region has a single path).
import type * as ContentQueries from '../content.ts';
import type { OperatingModel } from '../content-types.ts';
import { localizePath, type Locale } from '../i18n/locales.ts';

export interface OperatingModelsRouteData {
  models: OperatingModel[];
}

export interface OperatingModelRouteData {
  model: OperatingModel;
  /** The service path the model names, when there is one (its title is Finnish). */
  path: { title: string; href: string } | undefined;
}

export async function operatingModelsRouteData(source: Pick<typeof ContentQueries, 'getOperatingModels'>): Promise<OperatingModelsRouteData> {
  return { models: await source.getOperatingModels() };
}

export async function operatingModelRouteData(
  source: Pick<typeof ContentQueries, 'getServicePaths'>,
  model: OperatingModel,
  locale: Locale,
): Promise<OperatingModelRouteData> {
  const paths = await source.getServicePaths();
  const path = model.data.path ? paths.find((candidate) => candidate.id === model.data.path) : undefined;
  return {
    model,
    path: path && {
      title: path.data.title,
      // With a single path the section page shows it; otherwise each path has its own page.
      href: localizePath(locale, paths.length === 1 ? '/ammattilaisille/palvelupolku/' : `/ammattilaisille/palvelupolku/${path.id}/`),
    },
  };
}
