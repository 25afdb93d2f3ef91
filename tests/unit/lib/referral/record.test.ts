// A service as the referral finder sees it: from validated data, through data-* attributes and
// back; the handout's choice of route and contacts; and the guided start's starter services.
import { describe, expect, it } from 'vitest';
import { starterServices } from '../../../../src/lib/referral/guided-start.ts';
import { handoutAccess, handoutChannels } from '../../../../src/lib/referral/handout.ts';
import { datasetToRecord, recordAttributes, recordToDataset, toReferralRecord } from '../../../../src/lib/referral/record.ts';
import type { AreaId } from '../../../../src/schemas/area.ts';
import type { Channel } from '../../../../src/schemas/channel.ts';
import type { AccessRoute } from '../../../../src/schemas/service.ts';

const route = (kind: AccessRoute['route'], text = 'Ohje.'): AccessRoute => ({ route: kind, text });

describe('toReferralRecord', () => {
  it('flattens the fields the filters use and adds the provider type', () => {
    const record = toReferralRecord(
      'ohjaamo',
      {
        areas: ['tyo-ja-tulevaisuus', 'taidot'],
        audiences: ['nuoret'],
        access: [route('itse'), route('tyollisyyspalvelut'), route('itse', 'Toinen tapa.')],
        municipalities: ['Lappeenranta', 'koko alue'],
        languages: ['fi', 'en'],
        cost: { type: 'maksuton' },
        age: { max: 29 },
      },
      'kunta',
    );
    expect(record).toEqual({
      id: 'ohjaamo',
      areas: ['tyo-ja-tulevaisuus', 'taidot'],
      audiences: ['nuoret'],
      routes: ['itse', 'tyollisyyspalvelut'],
      municipalities: ['Lappeenranta', 'koko alue'],
      languages: ['fi', 'en'],
      providerType: 'kunta',
      cost: 'maksuton',
      age: { min: undefined, max: 29 },
    });
  });
});

describe('data attributes', () => {
  const record = {
    id: 'diakonia',
    areas: ['arki', 'osallisuus'],
    audiences: ['tyoikaiset'],
    routes: ['itse'],
    municipalities: ['koko alue', 'Imatra'],
    languages: ['fi'],
    providerType: 'seurakunta',
    cost: 'maksuton',
    age: { min: 30, max: undefined },
  };

  it('round-trip, including municipality names with spaces and age limits', () => {
    expect(datasetToRecord(recordToDataset(record))).toEqual(record);
  });

  it('use HTML attribute names', () => {
    const attributes = recordAttributes(record);
    expect(attributes['data-provider-type']).toBe('seurakunta');
    expect(attributes['data-age-min']).toBe('30');
    expect(attributes['data-municipalities']).toBe('koko alue|Imatra');
  });

  it('read a record without age limits as having none', () => {
    expect(datasetToRecord({ service: 'x', areas: 'mieli' }).age).toBeUndefined();
  });
});

describe('handout', () => {
  it('prefers the route the client can take themselves', () => {
    expect(handoutAccess([route('lahete'), route('itse', 'Soita.')])).toEqual(route('itse', 'Soita.'));
    expect(handoutAccess([route('lahete'), route('sote')])).toEqual(route('lahete'));
  });

  it('gives the main channel and the web page, at most two', () => {
    const web: Channel = { type: 'web', url: 'https://www.eksote.fi/' };
    const phone: Channel = { type: 'phone', number: '05 352 000' };
    const email: Channel = { type: 'email', address: 'neuvonta@example.fi' };
    expect(handoutChannels([web, email, phone])).toEqual([phone, web]);
    expect(handoutChannels([web])).toEqual([web]);
    expect(handoutChannels([])).toEqual([]);
  });
});

describe('starterServices', () => {
  const service = (id: string, areas: AreaId[], routes: AccessRoute['route'][]) => ({
    id,
    data: { title: id, areas, provider: 'eksote', access: routes.map((kind) => route(kind)) },
  });

  it('puts main-area services the client can contact directly first, then the rest, up to the count', () => {
    const services = [
      service('b-referral', ['mieli'], ['lahete']),
      service('c-self', ['mieli'], ['itse']),
      service('a-secondary', ['arki', 'mieli'], ['itse']),
      service('d-self', ['mieli'], ['itse']),
      service('other', ['keho'], ['itse']),
    ];
    expect(starterServices(services, 'mieli').map((item) => item.id)).toEqual(['c-self', 'd-self', 'b-referral']);
    expect(starterServices(services, 'mieli', 5).map((item) => item.id)).toEqual(['c-self', 'd-self', 'b-referral', 'a-secondary']);
    expect(starterServices(services, 'taidot')).toEqual([]);
  });
});
