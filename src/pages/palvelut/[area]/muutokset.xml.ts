// /palvelut/<area>/muutokset.xml: changed services of one life area as RSS 2.0.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAreas } from '../../../content.ts';
import { changeFeed } from '../_change-feed.ts';

export const getStaticPaths = (async () => (await getAreas()).map((area) => ({ params: { area: area.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site, params }) => changeFeed(site, params['area']);
