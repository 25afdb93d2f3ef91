import { describe, expect, it } from 'vitest';
import { decodeRecords, encodeRecords } from '../../../../src/lib/referral/compact.ts';
import type { ReferralRecord } from '../../../../src/lib/referral/filters.ts';

const record = (id: string, extra: Partial<ReferralRecord> = {}): ReferralRecord => ({
  id,
  areas: ['arki', 'mieli'],
  audiences: ['tyottomat'],
  routes: ['itse'],
  municipalities: ['koko alue'],
  languages: ['fi', 'sv'],
  providerType: 'julkinen',
  cost: 'maksuton',
  age: undefined,
  ...extra,
});

describe('compact finder records', () => {
  it('round-trips every field, ages included, in order', () => {
    const records = [record('a'), record('b', { age: { min: 18, max: 29 }, municipalities: ['Tampere', 'Nokia'] }), record('c', { age: { min: 30, max: undefined } })];
    expect(decodeRecords(encodeRecords(records, 50))).toEqual(records);
  });

  it('writes each repeated value once', () => {
    const records = Array.from({ length: 200 }, (_, index) => record(`palvelu-${index}`));
    const compact = encodeRecords(records, 50);
    expect(compact.values.filter((value) => value === 'koko alue')).toHaveLength(1);
    expect(compact.values.length).toBeLessThan(10);
    expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(records).length / 3);
  });

  it('keeps the page size the finder pages with', () => {
    expect(encodeRecords([record('a')], 50).pageSize).toBe(50);
  });

  it('decodes a damaged file to empty fields instead of failing', () => {
    const decoded = decodeRecords({ pageSize: 50, values: ['arki'], records: [['x', '0|9']] });
    expect(decoded[0]?.id).toBe('x');
    expect(decoded[0]?.areas).toEqual(['arki', '']);
    expect(decoded[0]?.languages).toEqual([]);
  });
});
