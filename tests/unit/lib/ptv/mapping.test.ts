// The pure mapping modules of the PTV import: reading PTV JSON, opening hours, channels, the
// classification tables, municipalities, bodies and the re-import merge.
import { describe, expect, it } from 'vitest';
import { mapChannel, phoneNumberText } from '../../../../src/lib/ptv/channels.ts';
import { mapAudiences, proposeAreas } from '../../../../src/lib/ptv/classify.ts';
import { hoursText } from '../../../../src/lib/ptv/hours.ts';
import { addJson, addJsonText, emptyData } from '../../../../src/lib/ptv/input.ts';
import { mergeFields } from '../../../../src/lib/ptv/merge.ts';
import { serviceChannel, serviceHour, type PtvFintoItem } from '../../../../src/lib/ptv/model.ts';
import { mapService, markdownBody } from '../../../../src/lib/ptv/service-map.ts';
import { fingerprint, fitText } from '../../../../src/lib/ptv/text.ts';
import { NOW, ptvData, SERVICE } from '../../../support/ptv-fixture.ts';

const finto = (code: string, name = code): PtvFintoItem => ({
  code,
  name: [{ language: 'fi', value: name }],
  ontologyType: null,
  uri: null,
});
const hour = (input: Record<string, unknown>) => serviceHour.parse({ openingHour: [], additionalInformation: [], ...input });
const channel = (input: Record<string, unknown>) =>
  serviceChannel.parse({
    id: '00000000-0000-4000-8000-000000000001',
    serviceChannelNames: [{ language: 'fi', value: 'Neuvonta', type: 'Name' }],
    publishingStatus: 'Published',
    ...input,
  });

describe('reading PTV JSON', () => {
  it('reads pages, lists and single items, and the wrapper of V11VmOpenApiServiceChannels', () => {
    const data = emptyData();
    addJson(data, { pageNumber: 1, pageSize: 1, pageCount: 1, itemList: [{ id: 'a', serviceNames: [] }] }, 'sivu.json');
    addJson(data, [{ id: 'b', serviceChannelType: 'Phone' }], 'lista.json');
    addJson(data, { phoneChannel: { id: 'c', serviceChannelType: 'Phone' } }, 'kääre.json');
    addJson(data, { id: 'd', organizationNames: [] }, 'org.json');
    expect([
      data.services.map((item) => item.id),
      data.channels.map((item) => item.id),
      data.organizations.map((item) => item.id),
      data.problems,
    ]).toEqual([['a'], ['b', 'c'], ['d'], []]);
  });

  it('reports malformed input per item with its place, and goes on', () => {
    const data = emptyData();
    addJson(data, [{ id: 'a', serviceNames: 'x' }, 7, { id: 'b', serviceNames: [] }, { foo: 1 }], 'palvelut.json');
    addJsonText(data, '{ ei jsonia', 'rikki.json');
    expect(data.services.map((item) => item.id)).toEqual(['b']);
    expect(data.problems.map((problem) => problem.where)).toEqual([
      'palvelut.json [1]',
      'palvelut.json [2]',
      'palvelut.json [4]',
      'rikki.json',
    ]);
    expect(data.problems[0]?.message).toMatch(/^Virheellinen PTV-kohde a, ohitettu: serviceNames/);
  });

  it('reads the fixture set: three valid services, one draft, one malformed', () => {
    const data = ptvData();
    expect(data.services.map((item) => item.id)).toEqual([SERVICE.workAbility, SERVICE.mentalHealth, SERVICE.workshop, SERVICE.draft]);
    expect(data.channels).toHaveLength(6);
    expect(data.problems).toHaveLength(1);
  });
});

describe('opening hours', () => {
  it('writes the regular weekly hours as one line, a lunch break under one day label', () => {
    const hours = [
      hour({
        serviceHourType: 'DaysOfTheWeek',
        validForNow: true,
        openingHour: [
          { dayFrom: 'Monday', dayTo: 'Friday', from: '08:00', to: '11:00' },
          { dayFrom: 'Monday', dayTo: 'Friday', from: '12:00', to: '15:30' },
          { dayFrom: 'Saturday', from: '10:00', to: '14:00' },
        ],
      }),
    ];
    expect(hoursText(hours, 'fi', NOW)).toEqual({ text: 'ma–pe 8.00–11.00, 12.00–15.30, la 10.00–14.00', unmapped: [] });
    expect(hoursText(hours, 'sv', NOW).text).toBe('mån–fre 8.00–11.00, 12.00–15.30, lör 10.00–14.00');
  });

  it('lists exceptional hours and hours too long for the field as unmapped, and skips hours not in force', () => {
    const exceptional = hour({ serviceHourType: 'Exceptional', validFrom: '2026-12-24T00:00:00Z', isClosed: true });
    const expired = hour({
      serviceHourType: 'DaysOfTheWeek',
      validFrom: '2025-01-01T00:00:00Z',
      validTo: '2025-06-01T00:00:00Z',
      openingHour: [{ dayFrom: 'Monday', from: '08:00', to: '09:00' }],
    });
    expect(hoursText([exceptional, expired], 'fi', NOW)).toEqual({ unmapped: ['poikkeusaukioloaika (Exceptional 2026-12-24)'] });
    const long = hour({
      serviceHourType: 'DaysOfTheWeek',
      validForNow: true,
      additionalInformation: [{ language: 'fi', value: 'x'.repeat(150) }],
      openingHour: [{ dayFrom: 'Monday', from: '08:00', to: '09:00' }],
    });
    expect(hoursText([long], 'fi', NOW).unmapped[0]).toMatch(/^aukioloaika liian pitkä/);
    expect(hoursText([hour({ serviceHourType: 'DaysOfTheWeek', validForNow: true, isAlwaysOpen: true })], 'fi', NOW).text).toBe(
      'avoinna aina',
    );
  });
});

describe('channels', () => {
  it('writes a phone with its charge in the label; fax and SMS numbers are unmapped', () => {
    const phone = (number: string, extra: Record<string, unknown>) => ({
      number,
      prefixNumber: '+358',
      isFinnishServiceNumber: false,
      language: 'fi',
      ...extra,
    });
    const mapped = mapChannel(
      channel({
        serviceChannelType: 'Phone',
        phoneNumbers: [
          phone('400000001', { type: 'Phone', serviceChargeType: 'Other', chargeDescription: '0,10 €/min' }),
          phone('400000002', { type: 'Fax' }),
          phone('400000003', { type: 'Sms' }),
        ],
      }),
      undefined,
      NOW,
    );
    expect(mapped.channels).toEqual([{ type: 'phone', number: '+358 400000001', label: 'Neuvonta (0,10 €/min)' }]);
    expect(mapped.unmapped).toEqual([
      expect.stringMatching(/^faksi \+358 400000002/),
      expect.stringMatching(/^tekstiviestinumero \+358 400000003/),
    ]);
    expect(phoneNumberText({ number: '116117', prefixNumber: null, isFinnishServiceNumber: true })).toBe('116117');
  });

  it('keeps https web and e-service addresses only, and names a front page honestly', () => {
    const web = mapChannel(
      channel({
        serviceChannelType: 'WebPage',
        webPages: [
          { url: 'https://koe.example/', language: 'fi' },
          { url: 'http://vanha.example/sivu', language: 'fi' },
        ],
      }),
      undefined,
      NOW,
    );
    expect(web.channels).toEqual([{ type: 'web', url: 'https://koe.example/', label: 'Neuvonta: verkkosivut' }]);
    expect(web.unmapped).toEqual([expect.stringContaining('http://vanha.example/sivu')]);
    const eservice = mapChannel(
      channel({ serviceChannelType: 'EChannel', webPages: [{ url: 'https://asiointi.example/hae', language: 'fi' }] }),
      undefined,
      NOW,
    );
    expect(eservice.channels).toEqual([{ type: 'eservice', url: 'https://asiointi.example/hae', label: 'Neuvonta' }]);
  });

  it("adds the connection's own contact details and skips an unpublished channel", () => {
    const connection = {
      serviceChannel: { id: 'x' },
      description: [],
      serviceHours: [],
      contactDetails: { emails: [{ value: 'oma@koe.example', language: 'fi' }], phoneNumbers: [], webPages: [], addresses: [] },
    };
    const mapped = mapChannel(
      channel({ serviceChannelType: 'WebPage', webPages: [{ url: 'https://koe.example/palvelu', language: 'fi' }] }),
      connection,
      NOW,
    );
    expect(mapped.channels.map((item) => item.type)).toEqual(['web', 'email']);
    expect(mapChannel(channel({ serviceChannelType: 'Phone', publishingStatus: 'Draft' }), undefined, NOW)).toEqual({
      channels: [],
      unmapped: [expect.stringContaining('ei ole julkaistu')],
    });
  });
});

describe('the classification tables', () => {
  it('proposes life areas from the most specific service class, then from terms, then the default', () => {
    expect(proposeAreas([finto('P5.7.1'), finto('P5'), finto('P10')], []).areas).toEqual(['mieli', 'hyvinvointi', 'tyo-ja-tulevaisuus']);
    expect(proposeAreas([finto('P19')], ['liikuntaneuvonta']).areas).toEqual(['keho']);
    expect(proposeAreas([], ['jotain muuta'])).toEqual({
      areas: ['tyo-ja-tulevaisuus'],
      reasons: ['ei vastinetta luokissa eikä termeissä, oletus → tyo-ja-tulevaisuus'],
    });
  });

  it('maps KR target groups and life events to audiences; an unmapped group is listed', () => {
    expect(mapAudiences([finto('KR1'), finto('KR1.3')], [finto('KE8')])).toEqual({ audiences: ['nuoret', 'tyottomat'], unmapped: [] });
    expect(mapAudiences([finto('KR1.1', 'Ikäihmiset')], [])).toEqual({
      audiences: ['tyoikaiset'],
      unmapped: ['kohderyhmä KR1.1 Ikäihmiset', expect.stringContaining('ehdotettu työikäiset')],
    });
  });
});

describe('a service', () => {
  const data = ptvData();
  const context = (municipalities: string[]) => ({
    channels: new Map(data.channels.map((item) => [item.id, item])),
    municipalities,
    organizationNames: new Map<string, string>(),
    now: NOW,
  });
  const map = (id: string, municipalities = ['Aurinkola', 'Kuutamo', 'Tähtelä']) => {
    const service = data.services.find((item) => item.id === id);
    if (!service) throw new Error(id);
    return mapService(service, context(municipalities));
  };

  it('maps areas to the region\'s municipalities: all of them is "koko alue"', () => {
    const mental = map(SERVICE.mentalHealth);
    expect('fields' in mental && mental.fields.municipalities).toEqual(['koko alue']);
    const work = map(SERVICE.workAbility);
    expect('fields' in work && work.fields.municipalities).toEqual(['Aurinkola', 'Kuutamo']);
    const elsewhere = map(SERVICE.workAbility, ['Muualla']);
    expect(
      'fields' in elsewhere && [elsewhere.fields.municipalities, elsewhere.unmapped.filter((item) => item.includes('kunnat'))],
    ).toEqual([['koko alue'], ['alueen ulkopuoliset kunnat: Aurinkola, Kuutamo']]);
  });

  it('puts processing time into the body and says what is missing', () => {
    const mental = map(SERVICE.mentalHealth);
    expect('fields' in mental && mental.fields.body).toContain('**Käsittelyaika:** Pääset yleensä keskustelemaan saman päivän aikana.');
    expect('fields' in mental && mental.fields.forWhom).toBe('Kohderyhmä PTV:ssä: Kansalaiset.');
  });

  it('is not written without a channel that can be shown', () => {
    const service = data.services.find((item) => item.id === SERVICE.workshop);
    if (!service) throw new Error('fixture');
    expect(mapService({ ...service, serviceChannels: [] }, context([]))).toEqual({
      ptvId: SERVICE.workshop,
      reason: expect.stringContaining('asiointikanavaa'),
    });
  });

  it('escapes HTML, MDX braces and top-level headings in PTV texts', () => {
    expect(markdownBody('# Otsikko\n<b>lihava</b> {x} & y\n\n\n\nloppu')).toBe(
      '\\# Otsikko\n&lt;b&gt;lihava&lt;/b&gt; &#123;x&#125; &amp; y\n\nloppu',
    );
    expect(fitText('Ensimmäinen lause. Toinen lause, joka on pitkä.', 30)).toBe('Ensimmäinen lause.');
  });
});

describe('the re-import merge', () => {
  const imported = { title: 'Vanha nimi', summary: 'Vanha tiivistelmä' };
  const hashes = { title: fingerprint('Vanha nimi'), summary: fingerprint('Vanha tiivistelmä') };

  it('replaces an untouched field, keeps an edited one and reports it when PTV changed it too', () => {
    const result = mergeFields({ ...imported, summary: 'Toimittajan teksti' }, hashes, { title: 'Uusi nimi', summary: 'Uusi tiivistelmä' });
    expect(result.values).toEqual({ title: 'Uusi nimi', summary: 'Toimittajan teksti' });
    expect([result.updated, result.conflicts]).toEqual([['title'], ['summary']]);
  });

  it('leaves out a field an editor removed, and reports it when PTV changed it', () => {
    expect(mergeFields({ title: 'Vanha nimi' }, hashes, imported)).toMatchObject({
      values: { title: 'Vanha nimi' },
      updated: [],
      conflicts: [],
    });
    expect(mergeFields({ title: 'Vanha nimi' }, hashes, { ...imported, summary: 'Uusi' })).toMatchObject({
      values: { title: 'Vanha nimi' },
      conflicts: ['summary'],
    });
  });

  it('keeps an edited field silently when PTV has not changed it, and changes nothing when nothing changed', () => {
    expect(mergeFields({ ...imported, summary: 'Toimittajan teksti' }, hashes, imported)).toMatchObject({
      updated: [],
      conflicts: [],
      values: { summary: 'Toimittajan teksti' },
    });
    expect(mergeFields(imported, hashes, imported)).toEqual({ values: imported, hashes, updated: [], conflicts: [] });
  });
});

describe('partial data', () => {
  it('finds a connection that only the channel lists, and drops the trunk 0 after +358', () => {
    const data = ptvData();
    const service = data.services.find((item) => item.id === SERVICE.workshop);
    if (!service) throw new Error('fixture');
    const web = data.channels.find((item) => item.serviceChannelType === 'WebPage');
    if (!web) throw new Error('fixture');
    web.services = [{ service: { id: SERVICE.workshop, name: null } }];
    const mapped = mapService(
      { ...service, serviceChannels: [] },
      { channels: new Map(data.channels.map((item) => [item.id, item])), municipalities: [], organizationNames: new Map(), now: NOW },
    );
    expect('fields' in mapped && mapped.fields.channels.map((item) => item.type)).toEqual(['web']);
    expect(phoneNumberText({ number: '0401234567', prefixNumber: '+358', isFinnishServiceNumber: false })).toBe('+358 401234567');
  });
});
