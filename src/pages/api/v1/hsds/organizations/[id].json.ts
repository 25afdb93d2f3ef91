// /api/v1/hsds/organizations/{uuid}.json: one provider with its services, as the API's /organizations/{id}.
import type { APIRoute, GetStaticPaths } from 'astro';
import { useTranslations } from '../../../../../i18n/index.ts';
import { buildHsdsOrganizations, type HsdsOrganization } from '../../../../../lib/export/hsds.ts';
import { jsonResponse, openDataSource } from '../../_open-data.ts';

export const getStaticPaths = (async () =>
  buildHsdsOrganizations(await openDataSource(), useTranslations('fi'), { withServices: true }).map((organization) => ({
    params: { id: organization.id },
    props: { organization },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => jsonResponse((props as { organization: HsdsOrganization }).organization);
