// /palvelut/muutokset.xml: changed services of the whole region as RSS 2.0, newest change first.
import type { APIRoute } from 'astro';
import { changeFeed } from './_change-feed.ts';

export const GET: APIRoute = ({ site }) => changeFeed(site);
