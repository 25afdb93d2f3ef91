// /api/v1/hsds/services.json: every published service in Open Referral HSDS 3.0, as one list page.
import type { APIRoute } from 'astro';
import { useTranslations } from '../../../../i18n/index.ts';
import { buildHsdsServices, hsdsPage } from '../../../../lib/export/hsds.ts';
import { jsonResponse, openDataSource } from '../_open-data.ts';

export const GET: APIRoute = async () => jsonResponse(hsdsPage(buildHsdsServices(await openDataSource(), useTranslations('fi'))));
