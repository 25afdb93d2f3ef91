// /toimijat/: every provider, grouped by type in the schema's order (sote, employment services,
// TYP, Kela, NGOs …), each with how many published services it offers. Types without providers
// are left out.
import type * as ContentQueries from '../content.ts';
import { PROVIDER_TYPES, type ProviderType } from '../schemas/provider.ts';

type ContentSource = typeof ContentQueries;

export interface ProvidersRouteData {
  groups: { type: ProviderType; providers: { id: string; name: string; services: number }[] }[];
}

export async function providersRouteData(source: Pick<ContentSource, 'getProviders' | 'getServices'>): Promise<ProvidersRouteData> {
  const [providers, services] = await Promise.all([source.getProviders(), source.getServices()]);
  const counts = new Map<string, number>();
  for (const service of services) counts.set(service.data.provider, (counts.get(service.data.provider) ?? 0) + 1);
  return {
    groups: PROVIDER_TYPES.map((type) => ({
      type,
      providers: providers
        .filter((provider) => provider.data.type === type)
        .map((provider) => ({ id: provider.id, name: provider.data.name, services: counts.get(provider.id) ?? 0 })),
    })).filter((group) => group.providers.length > 0),
  };
}
