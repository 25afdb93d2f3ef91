// Places (käyntiosoitteet): the address channels of services and providers, gathered into one list
// per municipality for the places page, and the map link that opens an address in a public map
// service only when the reader follows it (no request, no embed on our pages).
import type { AddressChannel, Channel } from '../schemas/channel.ts';

/** OpenStreetMap's search for an address: a plain link, nothing is loaded until it is clicked. */
export function mapSearchUrl(place: Pick<AddressChannel, 'street' | 'postalCode' | 'city'>): string {
  const query = `${place.street}, ${place.postalCode} ${place.city}`;
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}`;
}

/** Something that has channels and a page: a service or a provider. */
export interface PlaceOwner {
  id: string;
  title: string;
  /** The language of `title` when it is not the page's, for its lang attribute. */
  lang?: string | undefined;
  href: string;
  channels: readonly Channel[];
}

export interface Place {
  /** The address as the content gives it (the first channel's label and details win). */
  address: AddressChannel;
  /** Services or providers met at this address, in name order. */
  owners: Omit<PlaceOwner, 'channels'>[];
}

export interface Municipality {
  name: string;
  places: Place[];
}

/** One key per street address, so the same place given by two services is one place. */
const placeKey = (channel: AddressChannel) => `${channel.postalCode}|${channel.street.toLocaleLowerCase('fi')}`;

/**
 * Places grouped by municipality (the post town of the address), municipalities and places in
 * Finnish alphabetical order. An address given by several services or providers appears once.
 */
export function placesByMunicipality(owners: readonly PlaceOwner[]): Municipality[] {
  const places = new Map<string, Place>();
  for (const owner of owners) {
    for (const channel of owner.channels) {
      if (channel.type !== 'address') continue;
      const key = placeKey(channel);
      const place = places.get(key) ?? { address: channel, owners: [] };
      if (!place.owners.some((known) => known.href === owner.href))
        place.owners.push({ id: owner.id, title: owner.title, lang: owner.lang, href: owner.href });
      places.set(key, place);
    }
  }
  const collator = new Intl.Collator('fi');
  const byCity = new Map<string, Place[]>();
  for (const place of places.values()) {
    place.owners.sort((a, b) => collator.compare(a.title, b.title));
    byCity.set(place.address.city, [...(byCity.get(place.address.city) ?? []), place]);
  }
  return [...byCity.entries()]
    .map(([name, list]) => ({ name, places: list.sort((a, b) => collator.compare(a.address.street, b.address.street)) }))
    .sort((a, b) => collator.compare(a.name, b.name));
}
