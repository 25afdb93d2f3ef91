// The chosen list: its address (parse and serialise, bad and unknown ids, the #fragment that carries
// it between pages), the "how to get in" card, the handout entry, the share texts and their length
// limits, and the QR code, decoded back to the address with jsQR from a raster drawn here.
import fc from 'fast-check';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../../../src/i18n/index.ts';
import { pageServiceLinks } from '../../../../src/lib/channels.ts';
import {
  MAX_SERVICES,
  SERVICE_ID,
  listHref,
  moveId,
  parseCarried,
  parseChosenList,
  parseIds,
  serialiseChosenList,
  toggleId,
  withCarried,
} from '../../../../src/lib/chosen-list/list-url.ts';
import { QUIET_ZONE, qrMatrix, qrPath } from '../../../../src/lib/chosen-list/qr.ts';
import { EMAIL_LIMIT, SMS_LIMIT, caseNotes, emailBody, mailtoHref, smsBody, smsHref } from '../../../../src/lib/chosen-list/share-text.ts';
import { accessCard } from '../../../../src/lib/handout/access-card.ts';
import { handoutEntry } from '../../../../src/lib/handout/entry.ts';
import { ID_PATTERN } from '../../../../src/schemas/common.ts';
import { serviceSchema, type ServiceInput } from '../../../../src/schemas/service.ts';
import { serviceTranslationSchema } from '../../../../src/schemas/translation.ts';

const LANGUAGES = ['sv', 'en'];

describe('list address', () => {
  it('uses the schema id pattern', () => {
    expect(SERVICE_ID.source).toBe(ID_PATTERN.source);
  });

  it('keeps well-formed ids in order, once, and drops everything else', () => {
    expect(parseIds(['b,a,,b', 'c'])).toEqual(['b', 'a', 'c']);
    expect(parseIds(['../etc/passwd,a b,<script>,-x,x-,ok-1,OK-2'])).toEqual(['ok-1', 'ok-2']);
    expect(parseIds(['a,b,c'], (id) => id !== 'b')).toEqual(['a', 'c']);
  });

  it(`keeps at most ${MAX_SERVICES} services`, () => {
    const many = Array.from({ length: 30 }, (_, index) => `s${index}`);
    expect(parseIds([many.join(',')])).toEqual(many.slice(0, MAX_SERVICES));
  });

  it('reads the list page query, ignoring an unknown language and layout', () => {
    expect(parseChosenList('?p=a,b&kieli=en&asettelu=perakkain', LANGUAGES)).toEqual({
      ids: ['a', 'b'],
      second: 'en',
      layout: 'perakkain',
    });
    expect(parseChosenList('p=a&kieli=xx&asettelu=vino', LANGUAGES)).toEqual({ ids: ['a'], second: undefined, layout: 'rinnakkain' });
    expect(parseChosenList('', LANGUAGES)).toEqual({ ids: [], second: undefined, layout: 'rinnakkain' });
  });

  it('writes short addresses: commas unescaped, the layout only with a second language and not by default', () => {
    expect(serialiseChosenList({ ids: ['a', 'b-c'], layout: 'rinnakkain' })).toBe('p=a,b-c');
    expect(serialiseChosenList({ ids: ['a'], second: 'en', layout: 'rinnakkain' })).toBe('p=a&kieli=en');
    expect(serialiseChosenList({ ids: ['a'], layout: 'perakkain' })).toBe('p=a');
    expect(serialiseChosenList({ ids: ['a'], second: 'sv', layout: 'perakkain' })).toBe('p=a&kieli=sv&asettelu=perakkain');
    expect(listHref('/ammattilaisille/lista/', { ids: [], layout: 'rinnakkain' })).toBe('/ammattilaisille/lista/');
  });

  it('round-trips any list through its address', () => {
    const id = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);
    fc.assert(
      fc.property(
        fc.uniqueArray(id, { maxLength: MAX_SERVICES }),
        fc.constantFrom(undefined, 'sv', 'en'),
        fc.constantFrom('rinnakkain', 'perakkain'),
        (ids, second, layout) => {
          const list = { ids, second, layout: second ? layout : 'rinnakkain' } as const;
          expect(parseChosenList(serialiseChosenList(list), LANGUAGES)).toEqual(list);
        },
      ),
    );
  });

  it('carries the list in the #fragment and leaves other fragments alone', () => {
    expect(withCarried('/haku/?q=velat', ['a', 'b'])).toBe('/haku/?q=velat#lista=a,b');
    expect(withCarried('/haku/?q=velat#lista=a', [])).toBe('/haku/?q=velat');
    expect(parseCarried('#lista=a,b')).toEqual(['a', 'b']);
    expect(parseCarried('#main')).toEqual([]);
    expect(parseCarried('')).toEqual([]);
  });

  it('moves and toggles ids', () => {
    expect(moveId(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveId(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveId(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveId(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
    expect(toggleId(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggleId(['a', 'b'], 'a')).toEqual(['b']);
    expect(toggleId(['a'], 'Not an id')).toEqual(['a']);
    const full = Array.from({ length: MAX_SERVICES }, (_, index) => `s${index}`);
    expect(toggleId(full, 'one-more')).toEqual(full);
  });
});

const input = (overrides: Partial<ServiceInput>): ServiceInput => ({
  title: 'Esimerkkipalvelu',
  summary: 'Esimerkkipalvelu auttaa työnhaussa ja arjessa.',
  areas: ['arki'],
  provider: 'esimerkki',
  audiences: ['tyottomat'],
  forWhom: 'Työttömille aikuisille.',
  access: [{ route: 'itse', text: 'Soita ja varaa aika.' }],
  duration: 'Kertaluonteinen',
  cost: 'maksuton',
  municipalities: ['koko alue'],
  channels: [
    { type: 'web', url: 'https://esimerkki.example.fi/palvelu/' },
    { type: 'phone', number: '040 123 4567' },
    { type: 'address', street: 'Esimerkkikatu 1', postalCode: '00100', city: 'Helsinki' },
  ],
  lastReviewed: new Date('2025-01-01'),
  owner: 'Esimerkkiyksikkö',
  ...overrides,
});
const fi = useTranslations('fi');
const en = useTranslations('en');
const links = pageServiceLinks('en', (id) => (id === 'neuvonta' ? { title: 'Neuvonta', lang: 'fi' } : undefined));

describe('how to get in', () => {
  it('says the client can contact it directly, and whom to call and where to go', () => {
    const card = accessCard({ data: serviceSchema.parse(input({ bring: 'Henkilökortti.' })), locale: 'fi', t: fi, links });
    expect(card.direct).toBe(true);
    expect(card.headline).toBe('Voit ottaa yhteyttä itse.');
    expect(card.via).toBeUndefined();
    expect(card.actions.map((action) => `${action.verb}: ${action.target.text}`)).toEqual([
      'Soita: 040 123 4567',
      'Katso verkosta: esimerkki.example.fi/palvelu',
      'Mene paikan päälle: Esimerkkikatu 1, 00100 Helsinki',
    ]);
    expect(card.actions[0]?.href).toBe('tel:+358401234567');
    expect(card.bring).toEqual({ label: 'Ota mukaan', text: { text: 'Henkilökortti.' } });
  });

  it('names the routes through others, and marks Finnish-only text on an English page', () => {
    const data = serviceSchema.parse(
      input({
        access: [
          { route: 'typ', text: 'TYP:n ohjaaja tekee lähetteen.' },
          { route: 'lahete', text: 'Lääkärin lähete.' },
        ],
        channels: [{ type: 'service', service: 'neuvonta' }],
        bring: 'Lähete.',
      }),
    );
    const card = accessCard({ data, locale: 'en', t: en, links });
    expect(card.direct).toBe(false);
    expect(card.headline).toBe('You need a referral from another service.');
    expect(card.via).toBe(`Referral: ${en('access.typ')}; ${en('access.lahete')}.`);
    expect(card.note).toEqual({ text: 'TYP:n ohjaaja tekee lähetteen.', lang: 'fi' });
    expect(card.actions).toEqual([
      { verb: en('channel.service'), target: { text: 'Neuvonta', lang: 'fi' }, href: '/en/palvelu/neuvonta/' },
    ]);
    expect(card.bring?.text).toEqual({ text: 'Lähete.', lang: 'fi' });
    expect(accessCard({ data, translatedBring: 'A referral.', locale: 'en', t: en, links }).bring?.text).toEqual({ text: 'A referral.' });
  });

  it('validates bring in Finnish, in the service and its translation', () => {
    const long = serviceSchema.safeParse(input({ bring: 'x'.repeat(201) }));
    expect(long.success).toBe(false);
    expect(long.error?.issues[0]?.message).toBe('Mitä tarvitset mukaan (bring) on liian pitkä: enintään 200 merkkiä. Lyhennä tekstiä.');
    const translation = {
      title: 'Example',
      summary: 'An example service for job seekers.',
      forWhom: 'Unemployed adults.',
      duration: 'Once',
      translatedBy: 'Translator',
      lastReviewed: new Date('2025-01-01'),
    };
    expect(serviceTranslationSchema.parse({ ...translation, bring: 'An ID card.' }).bring).toBe('An ID card.');
    expect(serviceTranslationSchema.safeParse({ ...translation, bring: '' }).error?.issues[0]?.message).toMatch(
      /^Mitä tarvitset mukaan \(bring\)/,
    );
  });
});

describe('handout entry', () => {
  it('says in the reader’s language when some text is only in Finnish', () => {
    const data = serviceSchema.parse(input({}));
    const english = handoutEntry({ id: 'esimerkki', data, locale: 'en', t: en, links, siteHost: 'example.fi' });
    expect(english.title).toEqual({ text: 'Esimerkkipalvelu', lang: 'fi' });
    expect(english.fiOnly).toBe('Some details are only in Finnish.');
    expect(english.path).toBe('/en/palvelu/esimerkki/');
    expect(english.more).toBe('More information: example.fi/en/palvelu/esimerkki/');
    expect(english.contact).toBe('040 123 4567');
    const finnish = handoutEntry({ id: 'esimerkki', data, locale: 'fi', t: fi, links, siteHost: 'example.fi' });
    expect(finnish.fiOnly).toBeUndefined();
    expect(finnish.title).toEqual({ text: 'Esimerkkipalvelu' });
  });
});

const URL_OF_LIST = 'https://tyollisyystalo.example/ammattilaisille/lista/?p=esimerkki-1,esimerkki-2,esimerkki-3&kieli=en';
const entries = (count: number, titleLength = 30) =>
  Array.from({ length: count }, (_, index) =>
    handoutEntry({
      id: `esimerkki-${index}`,
      data: serviceSchema.parse(input({ title: `Palvelu ${index} ${'pitkä nimi '.repeat(20)}`.slice(0, titleLength) })),
      locale: 'fi',
      t: fi,
      links,
      siteHost: 'example.fi',
    }),
  );
const messages = { intro: fi('list.message.intro'), link: fi('list.message.link'), more: fi('list.message.more') };

describe('share texts', () => {
  it('a text message names the services with a contact and ends with the link', () => {
    const body = smsBody(entries(3), URL_OF_LIST, messages);
    expect(body).toBe(
      [
        'Palveluja sinulle:',
        '1. Palvelu 0 pitkä nimi pitkä nim – 040 123 4567',
        '2. Palvelu 1 pitkä nimi pitkä nim – 040 123 4567',
        '3. Palvelu 2 pitkä nimi pitkä nim – 040 123 4567',
        `Lista: ${URL_OF_LIST}`,
      ].join('\n'),
    );
    expect(smsHref(body)).toBe(`sms:?body=${encodeURIComponent(body)}`);
  });

  it('a long list stays within the limits, keeps the link and says how many more there are', () => {
    for (const count of [1, 5, 20]) {
      const sms = smsBody(entries(count, 100), URL_OF_LIST, messages);
      const mail = emailBody(entries(count, 100), URL_OF_LIST, messages);
      expect(sms.length).toBeLessThanOrEqual(SMS_LIMIT);
      expect(mail.length).toBeLessThanOrEqual(EMAIL_LIMIT);
      expect(sms.endsWith(URL_OF_LIST)).toBe(true);
      expect(mail.endsWith(URL_OF_LIST)).toBe(true);
    }
    const sms = smsBody(entries(20, 100), URL_OF_LIST, messages);
    const shown = sms.split('\n').filter((line) => /^\d+\. /.test(line)).length;
    expect(shown).toBeGreaterThan(0);
    expect(sms).toContain(`+${20 - shown} muuta listalla`);
  });

  it('an address longer than the limit is still sent whole', () => {
    const url = `https://example.fi/?p=${'a'.repeat(SMS_LIMIT)}`;
    expect(smsBody(entries(2), url, messages)).toBe(`Lista: ${url}`);
  });

  it('the e-mail tells how to get in; mailto encodes subject and body', () => {
    const body = emailBody(entries(1), URL_OF_LIST, messages);
    expect(body).toContain('Voit ottaa yhteyttä itse.');
    expect(body).toContain('Soita: 040 123 4567');
    const href = new URL(mailtoHref('Aihe & muuta', body));
    expect(href.protocol).toBe('mailto:');
    expect(new URLSearchParams(href.search).get('subject')).toBe('Aihe & muuta');
    expect(new URLSearchParams(href.search).get('body')).toBe(body);
  });

  it('case notes hold the date, each service with how to get in and contacts, and the address', () => {
    const notes = caseNotes(entries(2), URL_OF_LIST, '2.12.2026', {
      heading: fi('list.notes.heading'),
      access: fi('list.notes.access'),
      contact: fi('list.notes.contact'),
      page: fi('list.notes.page'),
    });
    expect(notes.split('\n')).toEqual([
      'Ohjattu palveluihin 2.12.2026:',
      '1. Palvelu 0 pitkä nimi pitkä nim',
      '   Miten pääsee: Voit ottaa yhteyttä itse.',
      '   Yhteystiedot: 040 123 4567 · esimerkki.example.fi/palvelu · Esimerkkikatu 1, 00100 Helsinki',
      '2. Palvelu 1 pitkä nimi pitkä nim',
      '   Miten pääsee: Voit ottaa yhteyttä itse.',
      '   Yhteystiedot: 040 123 4567 · esimerkki.example.fi/palvelu · Esimerkkikatu 1, 00100 Helsinki',
      `Lista verkossa: ${URL_OF_LIST}`,
    ]);
  });
});

/** Draws the SVG path's 1×1 squares into an RGBA raster, `scale` pixels a module, white elsewhere. */
function rasterise(path: string, modules: number, scale = 4): { data: Uint8ClampedArray; size: number } {
  const size = (modules + 2 * QUIET_ZONE) * scale;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  for (const [, x, y] of path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    for (let dy = 0; dy < scale; dy += 1)
      for (let dx = 0; dx < scale; dx += 1) {
        const offset = ((Number(y) * scale + dy) * size + Number(x) * scale + dx) * 4;
        data.fill(0, offset, offset + 3);
      }
  }
  return { data, size };
}

describe('QR code', () => {
  it.each([
    URL_OF_LIST,
    `https://example.fi/ammattilaisille/lista/?p=${Array.from({ length: MAX_SERVICES }, (_, index) => `palvelu-numero-${index}`).join(',')}`,
  ])('decodes back to the list address (%#)', (url) => {
    const matrix = qrMatrix(url);
    const path = qrPath(matrix);
    const { data, size } = rasterise(path, matrix.length);
    expect(jsQR(data, size, size)?.data).toBe(url);
  });

  it('draws only the dark modules, inside the quiet zone', () => {
    const matrix = qrMatrix('https://example.fi/');
    const dark = matrix.flat().filter(Boolean).length;
    const path = qrPath(matrix);
    expect(path.match(/M/g)?.length).toBe(dark);
    expect(path.startsWith(`M${QUIET_ZONE} ${QUIET_ZONE}`)).toBe(true);
  });
});
