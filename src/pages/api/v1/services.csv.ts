// /api/v1/services.csv: the services as a spreadsheet (UTF-8 with BOM, `;`, for Finnish Excel).
import type { APIRoute } from 'astro';
import { useTranslations } from '../../../i18n/index.ts';
import { buildServicesCsv } from '../../../lib/export/csv.ts';
import { openDataSource } from './_open-data.ts';

export const GET: APIRoute = async () =>
  new Response(buildServicesCsv(await openDataSource(), useTranslations('fi')), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
