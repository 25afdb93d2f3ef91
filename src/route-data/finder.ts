// The referral finder's pages (/ammattilaisille/, its later pages, the single-filter pages and their
// later pages), its row files (/ammattilaisille/rivit/<n>/), the compact data file and the coverage
// map all read one finished object per language: one row per service (its text joined, its
// provider and filter record) and the filter options with labels and counts. Gathered once per
// build and language; the render caches (FinderTable, Handout, FilterLinks) key on these objects.
import type * as ContentQueries from '../content.ts';
import type { FeaturedService, LifeArea, Provider, Service } from '../content-types.ts';
import { languageName, useTranslations, type Translate, type UiKey } from '../i18n/index.ts';
import { DEFAULT_LOCALE, localizePath, PUBLISHED_LOCALES, type Locale } from '../i18n/locales.ts';
import { areaName } from '../lib/areas.ts';
import { pageServiceLinks, type ServiceLinks } from '../lib/channels.ts';
import type { ServiceText } from '../lib/localise.ts';
import { pageCount, pageItems } from '../lib/paging.ts';
import { emptyFilters, filterRecords, filterSlug, withValue, type FilterKey, type ReferralRecord } from '../lib/referral/filters.ts';
import { toReferralRecord } from '../lib/referral/record.ts';
import type { AllowedValues } from '../lib/referral/url-state.ts';
import { groupByPrimaryArea } from '../lib/services.ts';
import { PROVIDER_TYPES } from '../schemas/provider.ts';
import { ACCESS_ROUTES, AUDIENCES, COST_TYPES } from '../schemas/service.ts';
import type { SiteSettings } from '../schemas/site.ts';

type ContentSource = typeof ContentQueries;
/** What the finder reads from the content. */
export type FinderSource = Pick<ContentSource, 'getServices' | 'getProviders' | 'getAreas' | 'getSite' | 'getStartHereServices' | 'getServiceText'>;

/** The referral table's columns, in order; their ids (col-<name>) are what each cell's `headers` names. */
export const FINDER_COLUMNS = ['service', 'areas', 'forWhom', 'access', 'provider', 'duration', 'contact'] as const;
export const FINDER_COLUMN_LABELS: Readonly<Record<(typeof FINDER_COLUMNS)[number], UiKey>> = {
  service: 'professionals.table.service',
  areas: 'professionals.table.areas',
  forWhom: 'referral.table.forWhom',
  access: 'professionals.table.access',
  provider: 'professionals.table.provider',
  duration: 'professionals.table.duration',
  contact: 'referral.table.contact',
};

export interface FinderRow {
  service: Service;
  text: ServiceText;
  provider: Provider | undefined;
  record: ReferralRecord;
}

export interface FilterOption {
  value: string;
  label: string;
  /** Services matching this value alone. */
  count: number;
  /** Address part of the value's own page: /ammattilaisille/rajaus/<key>/<slug>/. */
  slug: string;
}

export interface FilterGroup {
  key: FilterKey;
  label: string;
  hint?: string | undefined;
  /** A single choice (select) instead of checkboxes. */
  single: boolean;
  options: FilterOption[];
}

export interface FinderData {
  /** Every service, in finder order (by primary life area, then title). */
  rows: FinderRow[];
  groups: FilterGroup[];
  areas: LifeArea[];
  site: SiteSettings;
  /** Where to turn when nothing matches: the services the region features (site.yaml startHere). */
  startHere: FeaturedService[];
  allowed: AllowedValues;
  /** Names and links for `service` contacts ("Kysy lisää"), in the reader's language. */
  serviceLinks: ServiceLinks;
}

/** The one filter a single-filter page applies. */
export interface FinderPreset {
  group: FilterGroup;
  option: FilterOption;
}

const capitalise = (value: string) => value.charAt(0).toLocaleUpperCase('fi') + value.slice(1);

/** Finnish, Swedish and English first, then the other languages alphabetically by name. */
function languageOrder(t: Translate, codes: readonly string[]): string[] {
  const first = ['fi', 'sv', 'en'];
  const rest = codes.filter((code) => !first.includes(code)).sort((a, b) => languageName(t, a).localeCompare(languageName(t, b), 'fi'));
  return [...first.filter((code) => codes.includes(code)), ...rest];
}

const finderBySource = new WeakMap<object, Map<Locale, Promise<FinderData>>>();

/**
 * The finder's data in one language, gathered once per build (per content source): every finder
 * page, filter page, row file and the coverage map get the same object, so the render caches that
 * key on its rows and groups work. Gathering it per page was 30 % of a 1,000-service build
 * (BENCHMARKS.md, "Per-page overhead").
 */
export function finderRouteData(source: FinderSource, locale: Locale): Promise<FinderData> {
  let byLocale = finderBySource.get(source);
  if (!byLocale) finderBySource.set(source, (byLocale = new Map()));
  let data = byLocale.get(locale);
  if (!data) byLocale.set(locale, (data = gatherFinder(source, locale)));
  return data;
}

const FILTER_HINTS: Partial<Record<FilterKey, UiKey>> = {
  kohderyhma: 'referral.filter.kohderyhma.hint',
  kunta: 'referral.filter.kunta.hint',
};

async function gatherFinder(source: FinderSource, locale: Locale): Promise<FinderData> {
  const t = useTranslations(locale);
  const hintOf = (key: FilterKey) => {
    const hint = FILTER_HINTS[key];
    return hint && t(hint);
  };
  const [services, providers, areas, site, startHere] = await Promise.all([
    source.getServices(),
    source.getProviders(),
    source.getAreas(),
    source.getSite(),
    source.getStartHereServices(locale),
  ]);
  const providerById = new Map(providers.map((provider) => [provider.id, provider]));
  const rows = await Promise.all(
    services.map(async (service): Promise<FinderRow> => {
      const provider = providerById.get(service.data.provider);
      return {
        service,
        text: await source.getServiceText(service, locale),
        provider,
        record: toReferralRecord(service.id, service.data, provider?.data.type ?? ''),
      };
    }),
  );
  const records = rows.map((row) => row.record);
  const ordered = finderOrder(rows, areas);
  const present = (pick: (record: ReferralRecord) => readonly string[]) => new Set(records.flatMap(pick));
  const count = (key: FilterKey, value: string) => filterRecords(records, withValue(emptyFilters(), key, value)).length;

  const group = <V extends string>(key: FilterKey, values: readonly V[], label: (value: V) => string, single = false): FilterGroup => ({
    key,
    label: t(`referral.filter.${key}`),
    hint: hintOf(key),
    single,
    options: values
      .map((value) => ({ value, label: label(value), count: count(key, value), slug: filterSlug(value) }))
      .filter((option) => option.count > 0),
  });

  const routes = present((record) => record.routes);
  const languages = present((record) => record.languages);
  const providerTypes = present((record) => [record.providerType]);
  const costs = present((record) => [record.cost]);
  const groups = [
    group(
      'alue',
      areas.map((area) => area.id),
      (id) => {
        const area = areas.find((candidate) => candidate.id === id);
        return area ? areaName(area, locale) : id;
      },
    ),
    group('kohderyhma', AUDIENCES, (value) => t(`audience.${value}`)),
    // "The client can contact the service directly" first: it is the question professionals ask most.
    group(
      'reitti',
      ACCESS_ROUTES.filter((route) => routes.has(route)),
      (value) => t(value === 'itse' ? 'referral.route.itse' : `access.${value}`),
    ),
    group('kunta', site.municipalities, (value) => value, true),
    group('kieli', languageOrder(t, [...languages]), (code) => capitalise(languageName(t, code))),
    group(
      'toimija',
      PROVIDER_TYPES.filter((type) => providerTypes.has(type)),
      (value) => t(`providerType.${value}`),
    ),
    group(
      'hinta',
      COST_TYPES.filter((cost) => costs.has(cost)),
      (value) => t(`cost.${value}`),
    ),
  ];
  const allowed: AllowedValues = Object.fromEntries(groups.map((item) => [item.key, item.options.map((option) => option.value)]));
  const textOf = new Map(rows.map((row) => [row.service.id, row.text]));
  const serviceLinks = pageServiceLinks(locale, (id) => textOf.get(id));
  return { rows: ordered, groups, areas, site, startHere, allowed, serviceLinks };
}

const matchesByData = new WeakMap<FinderData, Map<string, FinderRow[]>>();

/**
 * The rows a finder page lists, in finder order: all of them, or those matching a single-filter
 * page's preset. Worked out once per filter value and language; every page of a filtered list
 * (and its count) reads the same array instead of filtering the whole region again.
 */
export function matchingRows(data: FinderData, preset?: FinderPreset): FinderRow[] {
  if (!preset) return data.rows;
  let byPreset = matchesByData.get(data);
  if (!byPreset) matchesByData.set(data, (byPreset = new Map()));
  const key = `${preset.group.key}=${preset.option.value}`;
  let rows = byPreset.get(key);
  if (!rows) {
    const ids = new Set(
      filterRecords(
        data.rows.map((row) => row.record),
        withValue(emptyFilters(), preset.group.key, preset.option.value),
      ).map((record) => record.id),
    );
    byPreset.set(key, (rows = data.rows.filter((row) => ids.has(row.service.id))));
  }
  return rows;
}

/** The finder's order, which its pages and row files follow: by primary life area, then by title. */
function finderOrder(rows: readonly FinderRow[], areas: readonly LifeArea[]): FinderRow[] {
  const byId = new Map(rows.map((row) => [row.service.id, row]));
  const grouped = groupByPrimaryArea(
    rows.map((row) => row.service),
    areas.map((area) => area.id),
  );
  return [...grouped.values()].flat().flatMap((service) => byId.get(service.id) ?? []);
}

/** Where the row files live: <this>/<n>/ holds the rows of page n of the unfiltered finder. */
export const rowFilesPath = (locale: Locale): string => localizePath(locale, '/ammattilaisille/rivit/');

/** The compact filter records of every service (locale-free), in finder order. */
export const FINDER_DATA_PATH = '/ammattilaisille/tiedot/rajaukset.json';

export { filterPagePath } from '../lib/routes.ts';

/** "18–29 vuotta", "vähintään 18 vuotta" …; undefined when the service has no age limits. */
export function ageText(age: { min?: number | undefined; max?: number | undefined } | undefined, t: Translate): string | undefined {
  if (age?.min !== undefined && age.max !== undefined) return t('service.ageRange', { min: age.min, max: age.max });
  if (age?.min !== undefined) return t('service.ageMin', { min: age.min });
  if (age?.max !== undefined) return t('service.ageMax', { max: age.max });
  return undefined;
}

/** One page of the finder: all services or a single-filter page's, and the page number. */
export interface FinderPageRouteData {
  finder: FinderData;
  /** Which page of the (filtered) list this is, from 1. */
  page: number;
  preset: FinderPreset | undefined;
  /** Every row the (filtered) list holds, in finder order; the page shows its share of them. */
  matching: FinderRow[];
}

export async function finderPageRouteData(
  source: FinderSource,
  locale: Locale,
  page: number,
  preset?: FinderPreset | undefined,
): Promise<FinderPageRouteData> {
  const finder = await finderRouteData(source, locale);
  return { finder, page, preset, matching: matchingRows(finder, preset) };
}

/** A row file (/ammattilaisille/rivit/<n>/): the rows of page n of the unfiltered finder. */
export interface FinderRowFileRouteData {
  finder: FinderData;
  rows: FinderRow[];
  /** How many row files there are. */
  count: number;
}

export async function finderRowFileRouteData(source: FinderSource, locale: Locale, chunk: number): Promise<FinderRowFileRouteData> {
  const finder = await finderRouteData(source, locale);
  return { finder, rows: pageItems(finder.rows, chunk), count: pageCount(finder.rows.length) };
}

export interface PresetPage {
  params: { lang: string | undefined; filter: string; value: string };
  props: { locale: Locale; group: FilterGroup; option: FilterOption; page: number };
}

/**
 * Which single-filter pages of the finder exist: every filter value in every locale, and as many
 * pages of each as its matching services fill (PAGE_SIZE per page).
 */
export async function presetPages(source: FinderSource): Promise<PresetPage[]> {
  const pages = await Promise.all(
    PUBLISHED_LOCALES.map(async (locale) => {
      const { groups } = await finderRouteData(source, locale);
      return groups.flatMap((group) =>
        group.options.flatMap((option) =>
          Array.from({ length: pageCount(option.count) }, (_, index) => ({
            params: { lang: locale === DEFAULT_LOCALE ? undefined : locale, filter: group.key, value: option.slug },
            props: { locale, group, option, page: index + 1 },
          })),
        ),
      );
    }),
  );
  return pages.flat();
}
