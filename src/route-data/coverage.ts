// /ammattilaisille/kattavuus/ and its spreadsheet /ammattilaisille/kattavuus.csv: the coverage map
// (services per life area × municipality, for all services, those the client can contact directly
// and each service language), counted from the referral finder's records and labelled with its
// filter labels, so a count matches what the finder shows for the same filters.
import type { Locale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/index.ts';
import { coverageCsvRows, coverageTable, coverageViews, type CoverageTable, type CoverageView } from '../lib/coverage/coverage.ts';
import type { ReferralRecord } from '../lib/referral/filters.ts';
import { filteredHref } from '../lib/referral/url-state.ts';
import { finderRouteData, type FinderData, type FinderSource } from './finder.ts';

export interface CoverageRouteData {
  /** One table per view, with its caption (also its entry in the page's list of tables). */
  tables: { table: CoverageTable; caption: string }[];
  /** A life area's name, as the finder's area filter labels it. */
  areaLabels: ReadonlyMap<string, string>;
}

/**
 * The finder's filter records as one list per finder data, so the coverage counts (remembered per
 * list) are shared by the page's languages and the spreadsheet. The records are coded values, the
 * same in every language: the counts are always taken from the Finnish finder's list.
 */
const recordLists = new WeakMap<FinderData, ReferralRecord[]>();
function recordsOf(finder: FinderData): ReferralRecord[] {
  let records = recordLists.get(finder);
  if (!records) recordLists.set(finder, (records = finder.rows.map((row) => row.record)));
  return records;
}

const optionsOf = (finder: FinderData, key: string) => finder.groups.find((group) => group.key === key)?.options ?? [];

export async function coverageRouteData(source: FinderSource, locale: Locale): Promise<CoverageRouteData> {
  const t = useTranslations(locale);
  const [finder, finnish] = await Promise.all([finderRouteData(source, locale), finderRouteData(source, 'fi')]);
  const records = recordsOf(finnish);
  const languageOptions = optionsOf(finder, 'kieli');
  const areaIds = finder.areas.map((area) => area.id);
  const caption = (view: CoverageView) =>
    view.kind === 'all'
      ? t('coverage.all')
      : view.kind === 'self'
        ? t('coverage.selfReferral')
        : t('coverage.language', { language: languageOptions.find((option) => option.value === view.language)?.label ?? view.language });
  const tables = coverageViews(languageOptions.map((option) => option.value)).map((view) => ({
    table: coverageTable(records, areaIds, finder.site.municipalities, view),
    caption: caption(view),
  }));
  return { tables, areaLabels: new Map(optionsOf(finder, 'alue').map((option) => [option.value, option.label])) };
}

/**
 * The spreadsheet's rows (in Finnish): every area × municipality × language × "contact directly"
 * combination with its count and the finder address showing it, on `site` (else site.yaml's siteUrl).
 */
export async function coverageCsvRouteData(source: FinderSource, site: URL | undefined): Promise<string[][]> {
  const finder = await finderRouteData(source, 'fi');
  const option = (key: string, value: string) => optionsOf(finder, key).find((item) => item.value === value)?.label ?? value;
  return coverageCsvRows(
    recordsOf(finder),
    finder.areas.map((area) => area.id),
    finder.site.municipalities,
    optionsOf(finder, 'kieli').map((item) => item.value),
    {
      area: (id) => option('alue', id),
      language: (code) => option('kieli', code),
      finderUrl: (filters) => new URL(filteredHref('/ammattilaisille/', filters), site ?? finder.site.siteUrl).href,
    },
  );
}
