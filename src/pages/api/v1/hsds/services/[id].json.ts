// /api/v1/hsds/services/{uuid}.json: one service in HSDS 3.0, as the API's /services/{id}.
import type { APIRoute, GetStaticPaths } from 'astro';
import { useTranslations } from '../../../../../i18n/index.ts';
import { buildHsdsServices, type HsdsService } from '../../../../../lib/export/hsds.ts';
import { jsonResponse, openDataSource } from '../../_open-data.ts';

export const getStaticPaths = (async () =>
  buildHsdsServices(await openDataSource(), useTranslations('fi')).map((service) => ({
    params: { id: service.id },
    props: { service },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => jsonResponse((props as { service: HsdsService }).service);
