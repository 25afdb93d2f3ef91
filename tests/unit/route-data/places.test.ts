import { describe, expect, it } from 'vitest';
import { municipalitySlug, placesRouteData } from '../../../src/route-data/places.ts';
import { fixtureSourceWithMore } from '../../support/content-source.ts';
import * as fixtures from '../../support/export-fixtures.ts';
import { translations } from './fixtures-a.ts';

describe('placesRouteData', () => {
  it('gathers the visiting addresses by municipality, with the services and providers met there', async () => {
    const source = fixtureSourceWithMore({ services: [...fixtures.services, fixtures.dropIn], translations });
    const { municipalities } = await placesRouteData(source, 'sv');
    expect(municipalities.map((municipality) => [municipality.name, municipality.slug])).toEqual([['Lappeenranta', 'kunta-lappeenranta']]);
    const places = municipalities[0]?.places ?? [];
    expect(places.map((place) => place.address.street)).toEqual(['Kauppakatu 2', 'Koulukatu 14', 'Valtakatu 1']);
    const owners = new Map(places.map((place) => [place.address.street, place.owners]));
    // A translated service is named in Swedish; an untranslated one keeps its Finnish name, lang="fi".
    expect(owners.get('Valtakatu 1')).toEqual([
      { id: 'tyokykykoordinaattori', title: 'Arbetsförmågekoordinator', lang: undefined, href: '/sv/palvelu/tyokykykoordinaattori/' },
    ]);
    expect(owners.get('Kauppakatu 2')?.[0]).toMatchObject({ title: 'Työnhaun olohuone', lang: 'fi' });
    expect(owners.get('Koulukatu 14')?.[0]).toMatchObject({ id: 'eksote', href: '/sv/toimijat/eksote/' });
  });

  it('makes an id of a municipality name, keeping the Finnish letters', () => {
    expect(municipalitySlug('Hämeenlinna')).toBe('kunta-hämeenlinna');
    expect(municipalitySlug('Pieksä Mäki')).toBe('kunta-pieksä-mäki');
  });
});
