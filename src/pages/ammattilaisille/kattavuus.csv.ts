// /ammattilaisille/kattavuus.csv: the coverage map as a spreadsheet (every area × municipality ×
// language × "contact directly" combination with its count and finder address), in the dialect of
// the services CSV (UTF-8 with BOM, `;`, CRLF) so Finnish Excel opens it with a double click.
import type { APIRoute } from 'astro';
import { loadFinder } from '../../components/professionals/finder-data.ts';
import { useTranslations } from '../../i18n/index.ts';
import { coverageCsvRows } from '../../lib/coverage/coverage.ts';
import { toCsv } from '../../lib/export/csv.ts';
import { filteredHref } from '../../lib/referral/url-state.ts';

export const GET: APIRoute = async ({ site }) => {
  const t = useTranslations('fi');
  const data = await loadFinder('fi', t);
  const option = (key: string, value: string) =>
    data.groups.find((group) => group.key === key)?.options.find((item) => item.value === value)?.label ?? value;
  const languages = data.groups.find((group) => group.key === 'kieli')?.options.map((item) => item.value) ?? [];
  const rows = coverageCsvRows(
    data.rows.map((row) => row.record),
    data.areas.map((area) => area.id),
    data.site.municipalities,
    languages,
    {
      area: (id) => option('alue', id),
      language: (code) => option('kieli', code),
      finderUrl: (filters) => new URL(filteredHref('/ammattilaisille/', filters), site ?? data.site.siteUrl).href,
    },
  );
  return new Response(toCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
