// /api/v1/hsds/taxonomies.json: the two taxonomies (life areas, target groups).
import type { APIRoute } from 'astro';
import { buildTaxonomies, hsdsPage } from '../../../../lib/export/hsds.ts';
import { jsonResponse, openDataSource } from '../_open-data.ts';

export const GET: APIRoute = async () => {
  const { areas, audiences } = buildTaxonomies(await openDataSource());
  return jsonResponse(hsdsPage([areas, audiences]));
};
