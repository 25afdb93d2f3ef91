// /ammattilaisille/kattavuus.csv: the coverage map as a spreadsheet (every area × municipality ×
// language × "contact directly" combination with its count and finder address), in the dialect of
// the services CSV (UTF-8 with BOM, `;`, CRLF) so Finnish Excel opens it with a double click.
import type { APIRoute } from 'astro';
import * as content from '../../content.ts';
import { toCsv } from '../../lib/export/csv.ts';
import { coverageCsvRouteData } from '../../route-data/coverage.ts';

export const GET: APIRoute = async ({ site }) => {
  const rows = await coverageCsvRouteData(content, site);
  return new Response(toCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
