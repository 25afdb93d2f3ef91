// /api/v1/hsds/index.json: the HSDS API's "/" response (version, profile, OpenAPI description).
import type { APIRoute } from 'astro';
import { hsdsRoot } from '../../../../lib/export/hsds.ts';
import { jsonResponse, openDataSource } from '../_open-data.ts';

export const GET: APIRoute = async () => jsonResponse(hsdsRoot(await openDataSource()));
