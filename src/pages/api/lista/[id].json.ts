// /api/lista/<id>.json: one service as the chosen-list page shows it, in every published language
// (src/lib/handout/entry.ts). Small files of their own, so the list page fetches only the chosen
// services from the same origin and the page itself stays within its budget at any region size.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getServiceLinks, getServices, getSite, serviceTranslation, type Service } from '../../../content.ts';
import { useTranslations } from '../../../i18n/index.ts';
import { PUBLISHED_LOCALES } from '../../../i18n/locales.ts';
import { handoutEntry, type ListEntryFile } from '../../../lib/handout/entry.ts';

export const getStaticPaths = (async () =>
  (await getServices()).map((service) => ({ params: { id: service.id }, props: { service } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { service } = props as { service: Service };
  const siteHost = new URL((await getSite()).siteUrl).host;
  const entries = await Promise.all(
    PUBLISHED_LOCALES.map(async (locale) => {
      const translation = (await serviceTranslation(service.id, locale))?.data;
      const entry = handoutEntry({
        id: service.id,
        data: service.data,
        translation,
        locale,
        t: useTranslations(locale),
        links: await getServiceLinks(locale),
        siteHost,
      });
      return [locale, entry] as const;
    }),
  );
  const file: ListEntryFile = { id: service.id, entries: Object.fromEntries(entries) };
  // Compact: these are read by the list page, not by people (the open data is under /api/v1/).
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
