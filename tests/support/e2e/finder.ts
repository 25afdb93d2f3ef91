// Helpers for the referral finder's end-to-end tests: what the content folder says the finder must
// show (independently of the page, which holds only one page of rows), and waiting for its filters.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { emptyFilters, matchesFilters, withValue, type FilterKey, type ReferralRecord } from '../../../src/lib/referral/filters.ts';
import { toReferralRecord } from '../../../src/lib/referral/record.ts';
import { contentData } from '../content-files.ts';

export const CONTENT_DIR = process.env.TT_CONTENT_DIR ?? 'content';

/**
 * The filter records of every published service, read from the content folder (not from the page),
 * so a test can tell how many services a filter must show even when the table is paged.
 */
export function contentRecords(): ReferralRecord[] {
  const dir = CONTENT_DIR;
  const yaml = (file: string) => contentData(file);
  const types = new Map(
    readdirSync(join(dir, 'providers'))
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => [name.replace(/\.yaml$/, ''), String(yaml(join(dir, 'providers', name))['type'])]),
  );
  return (
    readdirSync(join(dir, 'services'))
      .filter((name) => /\.mdx?$/.test(name))
      .map((name) => ({
        id: name.replace(/\.mdx?$/, ''),
        data: contentData<
          Omit<Parameters<typeof toReferralRecord>[1], 'languages'> & { languages?: string[]; draft?: boolean; provider: string }
        >(join(dir, 'services', name)),
      }))
      .filter(({ data }) => !data.draft)
      // languages is the one filtered field with a schema default (["fi"]).
      .map(({ id, data }) => toReferralRecord(id, { languages: ['fi'], ...data }, types.get(data.provider) ?? ''))
  );
}
export const matching = (key: FilterKey, value: string) =>
  contentRecords().filter((record) => matchesFilters(record, withValue(emptyFilters(), key, value)));
/** Waits until the finder has applied the address's or the form's filters (its count says so). */
export const filtered = (page: Page) => expect(page.getByRole('status')).toHaveText(/^(Rajauksia vastaa|Yksikään)/);

/** Presses "Näytä seuraavat" until every matching service is shown (results grow PAGE_SIZE at a time). */
export async function showAll(page: Page): Promise<void> {
  const more = page.getByRole('button', { name: /^Näytä seuraavat \d+ palvelua$/ });
  while (await more.isVisible()) {
    const before = await page.locator('tr[data-record]').count();
    await more.click();
    await expect(page.locator('tr[data-record]')).not.toHaveCount(before);
  }
}
