// /ammattilaisille/palvelupolku/ (the region's paths, or its only path in full) and
// /ammattilaisille/palvelupolku/<id>/: a service path with the services it links to (the path's own
// service and each way out's next services) resolved and titled in the reader's language.
import type * as ContentQueries from '../content.ts';
import type { ServicePath } from '../content-types.ts';
import { partLang } from '../i18n/content-lang.ts';
import type { Locale } from '../i18n/locales.ts';
import { servicePath } from '../lib/routes.ts';
import { resolveRelated } from '../lib/services.ts';

type Source = Pick<typeof ContentQueries, 'getServices' | 'getServiceText'>;

/** A service a path links to: its page, its title in the reader's language, lang="fi" for a Finnish master. */
export interface PathServiceLink {
  id: string;
  href: string;
  title: string;
  lang: Locale | undefined;
}

export interface ServicePathRouteData {
  path: ServicePath;
  /** The service the path belongs to, if it names a published one. */
  service: PathServiceLink | undefined;
  /** Per way out (in order), the published services it leads to. */
  exits: PathServiceLink[][];
}

export interface ServicePathsRouteData {
  paths: ServicePath[];
  /** With a single path the section page shows it in full. */
  only: ServicePathRouteData | undefined;
}

export async function servicePathRouteData(source: Source, path: ServicePath, locale: Locale): Promise<ServicePathRouteData> {
  const services = await source.getServices();
  const link = async (id: string): Promise<PathServiceLink | undefined> => {
    const [service] = resolveRelated([id], services);
    if (!service) return undefined;
    const text = await source.getServiceText(service, locale);
    return { id, href: servicePath(locale, id), title: text.title, lang: partLang(text, locale) };
  };
  const links = async (ids: readonly string[]) =>
    (await Promise.all(ids.map(link))).filter((item): item is PathServiceLink => item !== undefined);
  const [service, exits] = await Promise.all([
    path.data.service ? link(path.data.service) : undefined,
    Promise.all(path.data.exits.map((exit) => links(exit.next))),
  ]);
  return { path, service, exits };
}

export async function servicePathsRouteData(
  source: Source & Pick<typeof ContentQueries, 'getServicePaths'>,
  locale: Locale,
): Promise<ServicePathsRouteData> {
  const paths = await source.getServicePaths();
  const [single] = paths.length === 1 ? paths : [];
  return { paths, only: single && (await servicePathRouteData(source, single, locale)) };
}
