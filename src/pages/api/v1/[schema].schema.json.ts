// /api/v1/{services,providers,areas}.schema.json: the JSON Schema of each document, generated from
// the same zod definition the builders are typed with.
import type { APIRoute, GetStaticPaths } from 'astro';
import { JSON_DOCUMENTS } from '../../../lib/export/json-api.ts';
import { areasDocumentSchema, jsonSchemaOf, providersDocumentSchema, servicesDocumentSchema } from '../../../lib/export/json-schemas.ts';
import { apiUrl } from '../../../lib/export/source.ts';
import { jsonResponse, siteUrl } from './_open-data.ts';

const SCHEMAS = { services: servicesDocumentSchema, providers: providersDocumentSchema, areas: areasDocumentSchema };

export const getStaticPaths = (() => Object.keys(JSON_DOCUMENTS).map((schema) => ({ params: { schema } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const name = params.schema as keyof typeof SCHEMAS;
  return jsonResponse(jsonSchemaOf(SCHEMAS[name], apiUrl({ siteUrl: siteUrl() }, JSON_DOCUMENTS[name].schema)));
};
