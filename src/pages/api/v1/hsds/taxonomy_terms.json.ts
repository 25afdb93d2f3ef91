// /api/v1/hsds/taxonomy_terms.json: the seven life areas and the target groups as taxonomy terms.
import type { APIRoute } from 'astro';
import { useTranslations } from '../../../../i18n/index.ts';
import { buildHsdsTaxonomyTerms, hsdsPage } from '../../../../lib/export/hsds.ts';
import { jsonResponse, openDataSource } from '../_open-data.ts';

export const GET: APIRoute = async () => jsonResponse(hsdsPage(buildHsdsTaxonomyTerms(await openDataSource(), useTranslations('fi'))));
