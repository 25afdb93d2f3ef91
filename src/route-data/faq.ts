// /ukk/: the frequently asked questions, clients' first, then professionals', each group in its
// editorial order; empty groups are left out. The page's description is its first three questions.
import type * as ContentQueries from '../content.ts';
import type { FaqEntry } from '../content-types.ts';
import { FAQ_AUDIENCES } from '../schemas/page.ts';

export type FaqAudience = (typeof FAQ_AUDIENCES)[number];

export interface FaqRouteData {
  groups: { audience: FaqAudience; entries: FaqEntry[] }[];
  description: string;
}

/** Clients first. */
const ORDER: readonly FaqAudience[] = ['asiakas', 'ammattilainen'];

export async function faqRouteData(source: Pick<typeof ContentQueries, 'getFaq'>): Promise<FaqRouteData> {
  const faq = await source.getFaq();
  return {
    groups: ORDER.map((audience) => ({ audience, entries: faq.filter((entry) => entry.data.audience === audience) })).filter(
      (group) => group.entries.length > 0,
    ),
    description: faq
      .map((entry) => entry.data.question)
      .slice(0, 3)
      .join(' '),
  };
}
