// /api/v1/areas.json: the seven life areas and their services.
import type { APIRoute } from 'astro';
import { buildAreasDocument } from '../../../lib/export/json-api.ts';
import { jsonResponse, openDataSource } from './_open-data.ts';

export const GET: APIRoute = async () => jsonResponse(buildAreasDocument(await openDataSource()));
