// Reads PTV open-API JSON as it comes from files or the API: a single item, a list of items
// (Service/list?guids=…), or a page (VmOpenApiModelWithPagingBase: pageNumber, pageSize, pageCount,
// itemList). Each item is validated on its own; a malformed one is reported with its place and
// skipped, never allowed to stop the rest.
import type { z } from 'astro/zod';
import { organization, service, serviceChannel, type PtvOrganization, type PtvService, type PtvServiceChannel } from './model.ts';

export interface PtvProblem {
  /** File name or API address, and the item's position in it. */
  where: string;
  message: string;
}

export interface PtvData {
  services: PtvService[];
  channels: PtvServiceChannel[];
  organizations: PtvOrganization[];
  problems: PtvProblem[];
}

export const emptyData = (): PtvData => ({ services: [], channels: [], organizations: [], problems: [] });

/** V11VmOpenApiServiceChannels documents channels as an object with one of these keys. */
const CHANNEL_WRAPPER_KEYS = ['electronicChannel', 'phoneChannel', 'printableFormChannel', 'locationChannel', 'webPageChannel'];

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The items of a parsed JSON document. */
function itemsOf(json: unknown): unknown[] {
  if (Array.isArray(json)) return json;
  if (isObject(json) && Array.isArray(json['itemList'])) return json['itemList'];
  return [json];
}

function unwrapChannel(item: Record<string, unknown>): Record<string, unknown> {
  for (const key of CHANNEL_WRAPPER_KEYS) if (isObject(item[key])) return item[key];
  return item;
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(kohde)'}: ${issue.message}`)
    .join('; ');
}

/** Adds the items of one JSON document to `data`. */
export function addJson(data: PtvData, json: unknown, where: string): void {
  const items = itemsOf(json);
  items.forEach((raw, index) => {
    const at = items.length > 1 || Array.isArray(json) || (isObject(json) && 'itemList' in json) ? `${where} [${index + 1}]` : where;
    if (!isObject(raw)) {
      data.problems.push({ where: at, message: 'Kohde ei ole JSON-olio, ohitettu.' });
      return;
    }
    const item = unwrapChannel(raw);
    const kind =
      'serviceChannelType' in item
        ? 'channel'
        : 'serviceNames' in item
          ? 'service'
          : 'organizationNames' in item
            ? 'organization'
            : undefined;
    if (!kind) {
      data.problems.push({
        where: at,
        message:
          'Kohde ei ole PTV:n palvelu, asiointikanava eikä organisaatio (puuttuu serviceNames, serviceChannelType tai organizationNames), ohitettu.',
      });
      return;
    }
    const schema = kind === 'channel' ? serviceChannel : kind === 'service' ? service : organization;
    const parsed = schema.safeParse(item);
    if (!parsed.success) {
      const id = typeof item['id'] === 'string' ? ` ${item['id']}` : '';
      data.problems.push({ where: at, message: `Virheellinen PTV-kohde${id}, ohitettu: ${describeIssues(parsed.error)}.` });
      return;
    }
    if (kind === 'channel') data.channels.push(parsed.data as PtvServiceChannel);
    else if (kind === 'service') data.services.push(parsed.data as PtvService);
    else data.organizations.push(parsed.data as PtvOrganization);
  });
}

/** Parses JSON text; a file that is not JSON at all is one problem. */
export function addJsonText(data: PtvData, text: string, where: string): void {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    data.problems.push({
      where,
      message: `Tiedosto ei ole kelvollista JSONia (${error instanceof Error ? error.message : String(error)}), ohitettu.`,
    });
    return;
  }
  addJson(data, json, where);
}
