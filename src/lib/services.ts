// Pure functions over services: ordering, grouping and derived facts. No Astro imports, so they
// are unit-tested directly and reused by pages, exports and the referral finder.
import type { AreaId } from '../schemas/area.ts';
import type { ServiceData } from '../schemas/service.ts';

/** What the functions here need of a service: its id and validated data. */
export interface ServiceLike {
  id: string;
  data: Pick<ServiceData, 'title' | 'areas' | 'access' | 'provider'>;
}

const collator = new Intl.Collator('fi', { sensitivity: 'base', numeric: true });

/** Alphabetical by title in Finnish order (å, ä, ö at the end). */
export function sortByTitle<T extends { data: { title: string } }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => collator.compare(a.data.title, b.data.title));
}

/** "Can I contact it myself?" — true when one access route is `itse`. */
export function canSelfRefer(service: Pick<ServiceLike, 'data'>): boolean {
  return service.data.access.some((route) => route.route === 'itse');
}

/** The first area is the service's primary area. */
export function primaryArea(service: Pick<ServiceLike, 'data'>): AreaId {
  const [first] = service.data.areas;
  if (!first) throw new Error('A service always has at least one area (the schema requires it).');
  return first;
}

/** Services of one area: those whose primary area it is first, then those that list it later. */
export function servicesInArea<T extends ServiceLike>(services: readonly T[], area: AreaId): { primary: T[]; secondary: T[] } {
  const inArea = services.filter((service) => service.data.areas.includes(area));
  return {
    primary: sortByTitle(inArea.filter((service) => primaryArea(service) === area)),
    secondary: sortByTitle(inArea.filter((service) => primaryArea(service) !== area)),
  };
}

/** Services grouped by primary area, in the given area order. */
export function groupByPrimaryArea<T extends ServiceLike>(services: readonly T[], areaOrder: readonly AreaId[]): Map<AreaId, T[]> {
  const groups = new Map<AreaId, T[]>(areaOrder.map((area) => [area, []]));
  for (const service of sortByTitle(services)) groups.get(primaryArea(service))?.push(service);
  return groups;
}

/**
 * Id → item lookups, one per list. Every service page and export row resolves its related services
 * against the same (cached, never mutated) list; building the map per call made the build
 * quadratic (12 % of a 5,000-service build, see BENCHMARKS.md).
 */
const indexes = new WeakMap<readonly { id: string }[], Map<string, { id: string }>>();

/** Related services that exist (and are published), in the order the editor listed them. */
export function resolveRelated<T extends { id: string }>(ids: readonly string[], all: readonly T[]): T[] {
  let index = indexes.get(all);
  if (!index) indexes.set(all, (index = new Map(all.map((item) => [item.id, item]))));
  const byId = index as Map<string, T>;
  return ids.flatMap((id) => {
    const found = byId.get(id);
    return found ? [found] : [];
  });
}
