// /ammattilaisille/tunnista-tuen-tarve/: the checklist's next steps point to the services the
// region names (site.yaml checklistNextSteps, texts in the reader's language), and its sources
// link to the operating models when the region has any.
import type * as ContentQueries from '../content.ts';
import type { Locale } from '../i18n/locales.ts';
import type { FeaturedService } from '../content-types.ts';

export interface ChecklistRouteData {
  nextSteps: FeaturedService[];
  /** Whether the region has operating models to name as the checklist's sources. */
  hasModels: boolean;
}

export async function checklistRouteData(
  source: Pick<typeof ContentQueries, 'getChecklistNextSteps' | 'getOperatingModels'>,
  locale: Locale,
): Promise<ChecklistRouteData> {
  const [nextSteps, models] = await Promise.all([source.getChecklistNextSteps(locale), source.getOperatingModels()]);
  return { nextSteps, hasModels: models.length > 0 };
}
