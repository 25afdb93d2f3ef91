// /ammattilaisille/tyokyvyn-tuen-suunnitelma/: the support-plan template names the operating model
// its structure comes from (site.yaml supportPlanModel), linked to the model's page, when the
// region names one that exists.
import type * as ContentQueries from '../content.ts';
import { localizePath, type Locale } from '../i18n/locales.ts';

export interface SupportPlanRouteData {
  /** The model behind the template (its title is Finnish), or undefined. */
  model: { title: string; href: string } | undefined;
}

export async function supportPlanRouteData(
  source: Pick<typeof ContentQueries, 'getSupportPlanModel'>,
  locale: Locale,
): Promise<SupportPlanRouteData> {
  const model = await source.getSupportPlanModel();
  return { model: model && { title: model.data.title, href: localizePath(locale, `/ammattilaisille/toimintamallit/${model.id}/`) } };
}
