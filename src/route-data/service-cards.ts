// The cards of a service list (area, provider, related and "all services" pages): each service's
// name and summary in the reader's language (or the Finnish master, with its lang), its provider,
// the names of its areas and whether the client can make contact directly. Shared by the loaders.
import type * as ContentQueries from '../content.ts';
import type { LifeArea, Provider, Service } from '../content-types.ts';
import type { Locale } from '../i18n/locales.ts';
import { partLang } from '../i18n/content-lang.ts';
import { areaName } from '../lib/areas.ts';
import { canSelfRefer } from '../lib/services.ts';

export interface ServiceCardData {
  id: string;
  title: string;
  summary: string;
  /** lang of the title and summary when they are not in the page's language. */
  lang: Locale | undefined;
  providerName: string;
  areaNames: string[];
  selfReferral: boolean;
}

export async function serviceCards(
  source: Pick<typeof ContentQueries, 'getServiceText'>,
  services: readonly Service[],
  lookups: { areas: readonly LifeArea[]; providers: readonly Provider[] },
  locale: Locale,
): Promise<ServiceCardData[]> {
  const { areas, providers } = lookups;
  return Promise.all(
    services.map(async (service) => {
      const text = await source.getServiceText(service, locale);
      return {
        id: service.id,
        title: text.title,
        summary: text.summary,
        lang: partLang(text, locale),
        providerName: providers.find((provider) => provider.id === service.data.provider)?.data.name ?? service.data.provider,
        areaNames: service.data.areas
          .map((id) => areas.find((area) => area.id === id))
          .flatMap((area) => (area ? [areaName(area, locale)] : [])),
        selfReferral: canSelfRefer(service),
      };
    }),
  );
}
