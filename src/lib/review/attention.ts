// What needs an owner's attention first: services nobody has confirmed, then those checked longest
// ago. Shared by the freshness report and the review packets so both list services in one order.
import type { ServiceData } from '../../schemas/service.ts';

export type AttentionFields = Pick<ServiceData, 'title' | 'status' | 'lastReviewed'> & { confirmedOn?: Date | undefined };

/** The last time anyone checked the details: the owner's confirmation or the editor's review, whichever is later. */
export function lastChecked(data: AttentionFields): Date {
  const confirmed = data.status === 'vahvistettu' ? data.confirmedOn : undefined;
  return confirmed && confirmed > data.lastReviewed ? confirmed : data.lastReviewed;
}

/** Comparator: unconfirmed before confirmed, then the oldest check first, then by title. */
export function byAttention(a: AttentionFields, b: AttentionFields): number {
  const rank = (data: AttentionFields) => (data.status === 'vahvistettu' ? 1 : 0);
  return rank(a) - rank(b) || lastChecked(a).getTime() - lastChecked(b).getTime() || a.title.localeCompare(b.title, 'fi');
}

/** Confirmation as shown on a service page: who confirmed and when, or that nobody has yet. */
export type Verification = { confirmed: true; by: string; on: Date } | { confirmed: false };

export function verificationOf(
  data: Pick<ServiceData, 'status'> & { confirmedBy?: string | undefined; confirmedOn?: Date | undefined },
): Verification {
  // The schema requires both fields with status vahvistettu; anything less is shown as unconfirmed.
  if (data.status === 'vahvistettu' && data.confirmedBy && data.confirmedOn)
    return { confirmed: true, by: data.confirmedBy, on: data.confirmedOn };
  return { confirmed: false };
}
