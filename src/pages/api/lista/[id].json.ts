// /api/lista/<id>.json: one service as the chosen-list page shows it, in every published language
// (src/lib/handout/entry.ts). Small files of their own, so the list page fetches only the chosen
// services from the same origin and the page itself stays within its budget at any region size.
import type { APIRoute, GetStaticPaths } from 'astro';
import * as content from '../../../content.ts';
import type { Service } from '../../../content-types.ts';
import { serviceListEntryFile } from '../../../route-data/service.ts';

export const getStaticPaths = (async () =>
  (await content.getServices()).map((service) => ({ params: { id: service.id }, props: { service } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { service } = props as { service: Service };
  const file = await serviceListEntryFile(content, service);
  // Compact: these are read by the list page, not by people (the open data is under /api/v1/).
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
