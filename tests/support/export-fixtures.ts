// Fixture region for the open-data tests. Every entry goes through the real content schemas, so
// the builders see exactly what a build gives them. The phone numbers are fictional.
import { AREA_IDS, areaSchema } from '../../src/schemas/area.ts';
import { providerSchema, type ProviderData } from '../../src/schemas/provider.ts';
import { serviceSchema, type ServiceInput } from '../../src/schemas/service.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import type { AreaEntry, OpenDataSource, ProviderEntry, ServiceEntry } from '../../src/lib/export/source.ts';

export const SITE_URL = new URL('https://tyollisyystalo.example/');

export const site = siteSchema.parse({
  regionName: 'Etelä-Karjala',
  regionInessive: 'Etelä-Karjalassa',
  organisation: 'Etelä-Karjalan hyvinvointialue (Eksote)',
  organisationProvider: 'eksote',
  siteUrl: SITE_URL.href,
  municipalities: ['Lappeenranta', 'Imatra', 'Ruokolahti'],
  feedback: { issueUrl: 'https://github.com/tyollisyystalo/tyollisyystalo/issues/new' },
  kykyviisariUrl: 'https://sivusto.kykyviisari.fi/',
});

const AREA_NAMES = ['Hyvinvointi', 'Osallisuus', 'Mieli', 'Arki', 'Taidot', 'Keho', 'Työ ja tulevaisuus'];

export const areas: AreaEntry[] = AREA_IDS.map((id, index) => ({
  id,
  data: areaSchema.parse({
    order: index + 1,
    name: { fi: AREA_NAMES[index], sv: `${AREA_NAMES[index]} (sv)` },
    description: { fi: `Elämänalueen ${AREA_NAMES[index]} kuvaus asiakkaalle.` },
    kykyviisari: AREA_NAMES[index],
    icon: id,
  }),
}));

const provider = (id: string, data: Partial<ProviderData> & Pick<ProviderData, 'name' | 'type'>): ProviderEntry => ({
  id,
  data: providerSchema.parse({
    website: `https://${id}.example.fi/`,
    description: `${data.name} on alueen toimija, joka järjestää palveluja.`,
    ...data,
  }),
});

export const providers: ProviderEntry[] = [
  provider('eksote', {
    name: 'Etelä-Karjalan hyvinvointialue (Eksote)',
    type: 'hyvinvointialue',
    channels: [
      { type: 'web', url: 'https://www.eksote.fi/', label: 'Verkkosivut' },
      { type: 'phone', number: '05 000 1234', label: 'Vaihde', hours: 'ma–pe 8–16' },
      { type: 'email', address: 'kirjaamo@eksote.example.fi' },
      { type: 'address', street: 'Koulukatu 14', postalCode: '53100', city: 'Lappeenranta', label: 'Hallinto' },
    ],
  }),
  provider('imatran-klubitalo', { name: 'Imatran Klubitalo ry', type: 'jarjesto' }),
  provider('kriisiapu-ry', { name: 'Kriisiapu ry', type: 'jarjesto' }),
  provider('kela', { name: 'Kela', type: 'kela' }),
];

const service = (id: string, input: Partial<ServiceInput>, body?: string): ServiceEntry => ({
  id,
  body,
  data: serviceSchema.parse({
    title: `Palvelu ${id}`,
    summary: 'Lyhyt kuvaus palvelusta, joka on tarpeeksi pitkä.',
    areas: ['arki'],
    provider: 'eksote',
    audiences: ['tyottomat'],
    forWhom: 'Kaikille alueen työttömille.',
    access: [{ route: 'itse', text: 'Soita tai tule käymään.' }],
    duration: 'Kertaluonteinen',
    cost: 'maksuton',
    municipalities: ['koko alue'],
    channels: [{ type: 'web', url: `https://${id}.example.fi/` }],
    lastReviewed: '2026-01-15',
    owner: 'Eksote, työikäisten palvelut',
    ...input,
  }),
});

/** A service that uses every field, so "every field is exported" can be checked. */
export const coordinator = service(
  'tyokykykoordinaattori',
  {
    title: 'Työkykykoordinaattori',
    summary: 'Työkykykoordinaattori kulkee rinnallasi ja auttaa selvittämään työkykysi ja sopivat palvelut.',
    areas: ['tyo-ja-tulevaisuus', 'mieli'],
    audiences: ['tyottomat', 'osatyokykyiset'],
    age: { min: 18, max: 64 },
    access: [
      { route: 'itse', text: 'Voit ottaa yhteyttä koordinaattoriin itse.' },
      { route: 'tyollisyyspalvelut', text: 'Työllisyyspalvelujen asiantuntija voi ohjata sinut.' },
    ],
    duration: '1–12 kk tarpeen mukaan',
    cost: { type: 'maksuton', text: 'Ei asiakasmaksua' },
    languages: ['fi', 'sv'],
    channels: [
      { type: 'phone', number: '040 000 1234', label: 'Neuvonta', hours: 'ma–pe 9–15' },
      { type: 'email', address: 'tyokyky@eksote.example.fi' },
      { type: 'web', url: 'https://www.eksote.fi/tyokyky/', label: 'Palvelun sivu' },
      { type: 'eservice', url: 'https://asiointi.eksote.example.fi/' },
      { type: 'chat', url: 'https://chat.eksote.example.fi/', hours: 'ma–to 12–14' },
      { type: 'address', street: 'Valtakatu 1', postalCode: '53100', city: 'Lappeenranta', label: 'Työkykytalo', hours: 'ti 9–11' },
    ],
    systems: { client: ['Omaolo', 'OmaKanta'], professional: ['Lifecare', 'Kelmu'] },
    keywords: ['työkyky', 'työkyvyn', 'koordinaattori'],
    related: ['klubitalo', 'luonnos', 'poistettu-palvelu'],
    plainSummary: 'Työkykykoordinaattori auttaa sinua. Hän kysyy, miten voit ja mitä tarvitset.',
    bring: 'Henkilöllisyystodistus ja lista lääkkeistäsi.',
    status: 'vahvistettu',
    ptv: {
      service: '5b0e4a7c-1d2f-4e3a-9b8c-000000000101',
      channels: ['5b0e4a7c-1d2f-4e3a-9b8c-000000000201'],
      hashes: { title: '0123456789' },
    },
    confirmedBy: 'koordinaattoripalvelun vastaava',
    confirmedOn: new Date('2026-11-01T00:00:00Z'),
  },
  'Koordinaattori tapaa sinut **1–5 kertaa**.\n\nTaustalla on moniammatillinen tiimi.',
);

/** A non-public provider's service whose title and texts try to break every format. */
export const clubhouse = service('klubitalo', {
  title: 'Klubitalo "Mielen" tuki; </script><!-- testi',
  summary: 'Yhteisö, jossa harjoitellaan arkea; "työpainotteinen päivä" & tukea\nomaan tahtiin.',
  areas: ['osallisuus'],
  provider: 'imatran-klubitalo',
  audiences: ['osatyokykyiset'],
  cost: { type: 'osin-maksullinen', text: 'Lounas 3 €' },
  municipalities: ['Imatra', 'Ruokolahti'],
  channels: [{ type: 'phone', number: '+358 40 000 5678' }],
});

export const crisisLine = service('kriisipuhelin', {
  title: 'Kriisipuhelin',
  areas: ['mieli'],
  provider: 'kriisiapu-ry',
  audiences: ['tyoikaiset'],
  municipalities: ['valtakunnallinen'],
  channels: [{ type: 'phone', number: '09 0000 1111', hours: 'joka päivä' }],
});

export const draft = service('luonnos', { title: 'Keskeneräinen luonnos', draft: true });

export const services: ServiceEntry[] = [clubhouse, crisisLine, coordinator, draft];

export function source(overrides: Partial<OpenDataSource> = {}): OpenDataSource {
  return { site, siteUrl: SITE_URL, services, providers, areas, generatedAt: new Date('2026-11-23T10:00:00Z'), ...overrides };
}

/** What a consumer receives: the document after JSON serialisation. */
export const overTheWire = <T>(value: T): unknown => JSON.parse(JSON.stringify(value));

/** An organisation whose official web address is not known: no `website`, no channels of its own. */
export const unknownProvider: ProviderEntry = {
  id: 'tuntematon-yhdistys',
  data: providerSchema.parse({
    name: 'Tuntematon yhdistys',
    type: 'jarjesto',
    description: 'Yhdistys mainitaan lähteessä, mutta sen toimintaa ja yhteystietoja ei ole varmistettu.',
  }),
};

/** Its service: price not known, and the only contact is "ask the coordinator" on this site. */
export const unverified = service('tuntematon-palvelu', {
  title: 'Tuntematon palvelu',
  areas: ['taidot'],
  provider: unknownProvider.id,
  audiences: ['tyoikaiset'],
  access: [{ route: 'muu', text: 'Emme vielä tiedä, miten mukaan pääsee.' }],
  duration: 'Ei tiedossa',
  cost: 'ei-tiedossa',
  channels: [{ type: 'service', service: coordinator.id, label: 'Kysy koordinaattorilta' }],
});

/** The fixture region plus the unverified organisation and its service. */
export function sourceWithUnverified(overrides: Partial<OpenDataSource> = {}): OpenDataSource {
  return source({ services: [...services, unverified], providers: [...providers, unknownProvider], ...overrides });
}

/** A place with structured hours, accessibility, a phone with its own hours and a chat (issue 16). */
export const dropIn = service('tyonhaun-olohuone', {
  title: 'Työnhaun olohuone',
  areas: ['tyo-ja-tulevaisuus'],
  channels: [
    {
      type: 'address',
      street: 'Kauppakatu 2',
      postalCode: '53100',
      city: 'Lappeenranta',
      label: 'Olohuone',
      openingHours: {
        weekly: { ma: ['9.00–12.00', '13.00–16.00'], ti: ['9.00–12.00', '13.00–16.00'], pe: ['9.00–14.00'], la: ['20.00–24.00'] },
        exceptions: [
          { date: '2026-12-24', until: '2026-12-26', closed: true, note: 'Joulu' },
          { date: '2026-12-31', hours: ['9.00–12.00'] },
        ],
        byAppointment: true,
        note: 'Muina aikoina ajanvarauksella.',
      },
      accessibility: { stepFreeEntrance: true, accessibleToilet: false, inductionLoop: true, description: 'Sisäänkäynti pihan puolelta.' },
    },
    { type: 'phone', number: '040 000 9999', label: 'Ajanvaraus', openingHours: { weekly: { ke: ['10.00–11.00'] } } },
    { type: 'chat', url: 'https://chat.olohuone.example.fi/', openingHours: { weekly: { to: ['12.00–14.00'] } } },
  ],
});

/** The fixture region plus the place with structured hours. */
export function sourceWithHours(overrides: Partial<OpenDataSource> = {}): OpenDataSource {
  return source({ services: [...services, dropIn], ...overrides });
}
