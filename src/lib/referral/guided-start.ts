// "Mistä aloittaisin?": a few services to start from in one life area. Services whose main area it
// is come first, and among them those the client can contact without a referral.
import type { AreaId } from '../../schemas/area.ts';
import { canSelfRefer, servicesInArea, type ServiceLike } from '../services.ts';

export function starterServices<T extends ServiceLike>(services: readonly T[], area: AreaId, count = 3): T[] {
  const { primary, secondary } = servicesInArea(services, area);
  const selfFirst = (items: T[]) => [...items.filter(canSelfRefer), ...items.filter((item) => !canSelfRefer(item))];
  return [...selfFirst(primary), ...selfFirst(secondary)].slice(0, count);
}
