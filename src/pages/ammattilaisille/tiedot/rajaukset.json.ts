// /ammattilaisille/tiedot/rajaukset.json: the filter record of every service in the referral
// finder's order, compact (src/lib/referral/compact.ts). The same in every language: it holds ids
// and codes, no text.
import type { APIRoute } from 'astro';
import * as content from '../../../content.ts';
import { DEFAULT_LOCALE } from '../../../i18n/locales.ts';
import { PAGE_SIZE } from '../../../lib/paging.ts';
import { encodeRecords } from '../../../lib/referral/compact.ts';
import { finderRouteData } from '../../../route-data/finder.ts';

export const GET: APIRoute = async () => {
  const { rows } = await finderRouteData(content, DEFAULT_LOCALE);
  const body = JSON.stringify(
    encodeRecords(
      rows.map((row) => row.record),
      PAGE_SIZE,
    ),
  );
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
