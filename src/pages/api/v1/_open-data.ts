// Shared by the open-data endpoints: the published content with the site address, and responses.
// (The underscore keeps this module out of Astro's routes.)
import { getOpenDataSource } from '../../../content.ts';
import type { OpenDataSource } from '../../../lib/export/source.ts';

/** The published address (Astro's `site`, from siteUrl in content/site.yaml); every exported link is absolute. */
export function siteUrl(): URL {
  // getStaticPaths gets no Astro.site, so every endpoint reads the same build-time value.
  if (!import.meta.env.SITE) throw new Error('Avoin data tarvitsee sivuston osoitteen (siteUrl, content/site.yaml).');
  return new URL(import.meta.env.SITE);
}

export async function openDataSource(): Promise<OpenDataSource> {
  return { ...(await getOpenDataSource()), siteUrl: siteUrl() };
}

/** Indented JSON with a final newline: the files are read by people as well as programs. */
export function jsonResponse(data: unknown): Response {
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
