// The referral finder's filter data as one compact file (/ammattilaisille/tiedot/rajaukset.json):
// every service's filter record, in the finder's order, with each value written once in a
// dictionary and the records pointing at it by number. With JavaScript the finder filters over
// this file instead of the table rows, because a paged table holds only one page of rows.
import type { ReferralRecord } from './filters.ts';
import { datasetToRecord, recordToDataset, type RecordDataset } from './record.ts';

/** The dataset fields of a record, in the order a compact record stores them. */
export const COMPACT_FIELDS = ['service', 'areas', 'audiences', 'routes', 'municipalities', 'languages', 'providerType', 'cost', 'ageMin', 'ageMax'] as const;
type CompactField = (typeof COMPACT_FIELDS)[number];

/** Fields whose values repeat across services and go through the dictionary. */
const CODED: ReadonlySet<CompactField> = new Set(['areas', 'audiences', 'routes', 'municipalities', 'languages', 'providerType', 'cost']);
/** The separator of list values in a dataset (record.ts) and of codes here. */
const SEPARATOR = '|';

export interface CompactRecords {
  /** Services per page of the unfiltered finder: record n sits on page ⌊n / pageSize⌋ + 1. */
  pageSize: number;
  /** Every distinct value once; a coded field holds "3|7" (indexes into this list). */
  values: string[];
  /** One array per service in COMPACT_FIELDS order; "" for an empty or missing field. */
  records: string[][];
}

export function encodeRecords(records: readonly ReferralRecord[], pageSize: number): CompactRecords {
  const values: string[] = [];
  const index = new Map<string, number>();
  const code = (value: string) => {
    let found = index.get(value);
    if (found === undefined) {
      found = values.push(value) - 1;
      index.set(value, found);
    }
    return String(found);
  };
  const encoded = records.map((record) => {
    const dataset = recordToDataset(record);
    return COMPACT_FIELDS.map((field) => {
      const value = dataset[field] ?? '';
      if (!CODED.has(field) || value === '') return value;
      return value.split(SEPARATOR).map(code).join(SEPARATOR);
    });
  });
  return { pageSize, values, records: encoded };
}

/** Back to records, in the file's order; malformed entries give empty fields, never an exception. */
export function decodeRecords(data: CompactRecords): ReferralRecord[] {
  const value = (code: string) => data.values[Number(code)] ?? '';
  return data.records.map((entry) => {
    const dataset: RecordDataset = {};
    COMPACT_FIELDS.forEach((field, position) => {
      const raw = entry[position] ?? '';
      if (raw === '') return;
      dataset[field] = CODED.has(field) ? raw.split(SEPARATOR).map(value).join(SEPARATOR) : raw;
    });
    return datasetToRecord(dataset);
  });
}
