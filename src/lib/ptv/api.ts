// The network side of the PTV import and drift check: a thin, typed layer over PTV's open API v11
// (https://api.palvelutietovaranto.suomi.fi/api/v11/…) that only fetches JSON and hands it to the
// same reader (input.ts) as files do. Paged lists (VmOpenApiModelWithPagingBase) are followed page by
// page. Not exercised by the tests (they run without network); everything after fetching is.
import { addJson, emptyData, type PtvData } from './input.ts';
import { PTV_API } from './register-key.ts';

export type Fetcher = (url: string) => Promise<unknown>;

/** Plain fetch with a clear Finnish error; injectable for tests and other transports. */
export const fetchJson: Fetcher = async (url) => {
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`PTV vastasi ${response.status} ${response.statusText} osoitteeseen ${url}`);
  return response.json();
};

interface Page {
  pageNumber?: number;
  pageCount?: number;
  itemList?: unknown[];
}

/** Every page of a paged list; `url` without the page parameter. */
export async function fetchAllPages(url: string, fetcher: Fetcher, into: PtvData): Promise<void> {
  for (let page = 1; ; page += 1) {
    const address = `${url}${url.includes('?') ? '&' : '?'}page=${page}`;
    const json = (await fetcher(address)) as Page;
    addJson(into, json, address);
    if (!json || typeof json !== 'object' || !Array.isArray(json.itemList) || (json.pageCount ?? 0) <= page) return;
  }
}

/** Services, their channels and their organisations by id (Service/list?guids=, ServiceChannel/list?guids=). */
async function fetchByIds(
  kind: 'Service' | 'ServiceChannel' | 'Organization',
  ids: readonly string[],
  fetcher: Fetcher,
  into: PtvData,
): Promise<void> {
  // PTV limits a guid list; 100 per request keeps the address short.
  for (let start = 0; start < ids.length; start += 100) {
    const url = `${PTV_API}/${kind}/list?guids=${ids.slice(start, start + 100).join(',')}`;
    addJson(into, await fetcher(url), url);
  }
}

export type PtvSelection = { organization: string } | { area: string; code: string } | { services: string[] };

/**
 * Fetches a selection: an organisation's services (Service/list/organization), an area's
 * (Service/list/area/{area}/code/{code}), or services by id; then their channels and organisations.
 */
export async function fetchSelection(selection: PtvSelection, fetcher: Fetcher = fetchJson): Promise<PtvData> {
  const data = emptyData();
  if ('organization' in selection)
    await fetchAllPages(`${PTV_API}/Service/list/organization?organizationId=${encodeURIComponent(selection.organization)}`, fetcher, data);
  else if ('area' in selection)
    await fetchAllPages(
      `${PTV_API}/Service/list/area/${encodeURIComponent(selection.area)}/code/${encodeURIComponent(selection.code)}`,
      fetcher,
      data,
    );
  else await fetchByIds('Service', selection.services, fetcher, data);
  await completeData(data, fetcher);
  return data;
}

/** Adds the channels and organisations the services refer to and the data lacks. */
export async function completeData(data: PtvData, fetcher: Fetcher = fetchJson): Promise<void> {
  const haveChannels = new Set(data.channels.map((channel) => channel.id));
  const channelIds = [...new Set(data.services.flatMap((service) => service.serviceChannels.map((item) => item.serviceChannel.id)))].filter(
    (id) => !haveChannels.has(id),
  );
  if (channelIds.length > 0) await fetchByIds('ServiceChannel', channelIds, fetcher, data);
  const haveOrganizations = new Set(data.organizations.map((organization) => organization.id));
  const organizationIds = [
    ...new Set(
      data.services.flatMap((service) =>
        service.organizations.map((item) => item.organization?.id).filter((id): id is string => Boolean(id)),
      ),
    ),
  ].filter((id) => !haveOrganizations.has(id));
  if (organizationIds.length > 0) await fetchByIds('Organization', organizationIds, fetcher, data);
}

/**
 * For the drift check: the current state of the given services, channels and organisations, plus
 * the channels the services are connected to now (a channel added in PTV since the import).
 */
export async function fetchCurrent(
  ids: { services: readonly string[]; channels: readonly string[]; organizations: readonly string[] },
  fetcher: Fetcher = fetchJson,
): Promise<PtvData> {
  const data = emptyData();
  await fetchByIds('Service', ids.services, fetcher, data);
  await fetchByIds('ServiceChannel', ids.channels, fetcher, data);
  await fetchByIds('Organization', ids.organizations, fetcher, data);
  await completeData(data, fetcher);
  return data;
}
