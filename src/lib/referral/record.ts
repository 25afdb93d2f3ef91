// A service as the referral finder sees it, and its round trip through data-* attributes: the
// build writes each table row's record into the HTML, the browser module reads it back.
import type { ServiceData } from '../../schemas/service.ts';
import type { ReferralRecord } from './filters.ts';

/** The service fields the finder filters on, plus the provider's type. */
export function toReferralRecord(
  id: string,
  data: Pick<ServiceData, 'areas' | 'audiences' | 'access' | 'municipalities' | 'languages' | 'cost' | 'age'>,
  providerType: string,
): ReferralRecord {
  return {
    id,
    areas: [...data.areas],
    audiences: [...data.audiences],
    routes: [...new Set(data.access.map((route) => route.route))],
    municipalities: [...data.municipalities],
    languages: [...data.languages],
    providerType,
    cost: data.cost.type,
    age: data.age && { min: data.age.min, max: data.age.max },
  };
}

/** "|" cannot occur in ids, codes or municipality names, unlike the space in "koko alue". */
const SEPARATOR = '|';

/** data-* attributes (without the "data-" prefix, camelCase as in `dataset`). */
export type RecordDataset = Record<string, string>;

export function recordToDataset(record: ReferralRecord): RecordDataset {
  const dataset: RecordDataset = {
    service: record.id,
    areas: record.areas.join(SEPARATOR),
    audiences: record.audiences.join(SEPARATOR),
    routes: record.routes.join(SEPARATOR),
    municipalities: record.municipalities.join(SEPARATOR),
    languages: record.languages.join(SEPARATOR),
    providerType: record.providerType,
    cost: record.cost,
  };
  if (record.age?.min !== undefined) dataset['ageMin'] = String(record.age.min);
  if (record.age?.max !== undefined) dataset['ageMax'] = String(record.age.max);
  return dataset;
}

/** The same attributes as written in HTML: data-provider-type="…". */
export function recordAttributes(record: ReferralRecord): Record<string, string> {
  return Object.fromEntries(
    Object.entries(recordToDataset(record)).map(([key, value]) => [
      `data-${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`,
      value,
    ]),
  );
}

const list = (value: string | undefined) => (value ? value.split(SEPARATOR) : []);
const number = (value: string | undefined) =>
  value === undefined || value === '' || Number.isNaN(Number(value)) ? undefined : Number(value);

export function datasetToRecord(dataset: Readonly<Record<string, string | undefined>>): ReferralRecord {
  const min = number(dataset['ageMin']);
  const max = number(dataset['ageMax']);
  return {
    id: dataset['service'] ?? '',
    areas: list(dataset['areas']),
    audiences: list(dataset['audiences']),
    routes: list(dataset['routes']),
    municipalities: list(dataset['municipalities']),
    languages: list(dataset['languages']),
    providerType: dataset['providerType'] ?? '',
    cost: dataset['cost'] ?? '',
    age: min === undefined && max === undefined ? undefined : { min, max },
  };
}
