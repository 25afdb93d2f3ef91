// /api/v1/services.json: every published service with every field.
import type { APIRoute } from 'astro';
import { buildServicesDocument } from '../../../lib/export/json-api.ts';
import { jsonResponse, openDataSource } from './_open-data.ts';

export const GET: APIRoute = async () => jsonResponse(buildServicesDocument(await openDataSource()));
