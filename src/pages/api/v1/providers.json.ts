// /api/v1/providers.json: the organisations behind the services.
import type { APIRoute } from 'astro';
import { buildProvidersDocument } from '../../../lib/export/json-api.ts';
import { jsonResponse, openDataSource } from './_open-data.ts';

export const GET: APIRoute = async () => jsonResponse(buildProvidersDocument(await openDataSource()));
