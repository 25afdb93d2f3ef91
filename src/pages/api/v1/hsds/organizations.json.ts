// /api/v1/hsds/organizations.json: the providers in HSDS 3.0 (without their services, as HSDS lists allow).
import type { APIRoute } from 'astro';
import { useTranslations } from '../../../../i18n/index.ts';
import { buildHsdsOrganizations, hsdsPage } from '../../../../lib/export/hsds.ts';
import { jsonResponse, openDataSource } from '../_open-data.ts';

export const GET: APIRoute = async () => jsonResponse(hsdsPage(buildHsdsOrganizations(await openDataSource(), useTranslations('fi'))));
