// Contact channels become working links: tel: with +358, mailto:, https, and a page of this site for a service reference.
import { describe, expect, it } from 'vitest';
import { channelDisplayText, channelHref, channelText, mainChannel, pageServiceLinks } from '../../../src/lib/channels.ts';
import { channel as channelSchema, normalisePhone, type Channel } from '../../../src/schemas/channel.ts';

describe('normalisePhone', () => {
  it.each([
    ['09 2525 0111', '+358925250111'],
    ['+358 9 2525 0111', '+358925250111'],
    ['040-123 4567', '+358401234567'],
    ['(05) 123 456', '+3585123456'],
    ['112', '112'],
    ['116 123', '116123'],
  ])('turns %s into %s', (input, expected) => {
    expect(normalisePhone(input)).toBe(expected);
  });

  it.each(['abc', '12', '+46 8 123 456', '0', 'javascript:alert(1)'])('rejects %s', (input) => {
    expect(normalisePhone(input)).toBeUndefined();
  });
});

describe('channelHref', () => {
  it('links a phone number with tel: and the international form', () => {
    expect(channelHref({ type: 'phone', number: '09 2525 0111' })).toBe('tel:+358925250111');
  });

  it('links e-mail with mailto:', () => {
    expect(channelHref({ type: 'email', address: 'neuvonta@example.fi' })).toBe('mailto:neuvonta@example.fi');
  });

  it('links web, e-service and chat channels to their https address', () => {
    expect(channelHref({ type: 'web', url: 'https://www.kela.fi/' })).toBe('https://www.kela.fi/');
    expect(channelHref({ type: 'chat', url: 'https://chat.example.fi/' })).toBe('https://chat.example.fi/');
  });

  it('gives a street address no link', () => {
    expect(channelHref({ type: 'address', street: 'Koulukatu 14', postalCode: '53100', city: 'Lappeenranta' })).toBeUndefined();
  });
});

describe('channelText', () => {
  it('shows a web address without the scheme and trailing slash', () => {
    expect(channelText({ type: 'web', url: 'https://www.eksote.fi/' })).toBe('www.eksote.fi');
  });

  it('writes an address on one line', () => {
    expect(channelText({ type: 'address', street: 'Koulukatu 14', postalCode: '53100', city: 'Lappeenranta' })).toBe('Koulukatu 14, 53100 Lappeenranta');
  });
});

describe('mainChannel', () => {
  it('prefers a phone, then an e-service, over a web page', () => {
    const channels: Channel[] = [
      { type: 'web', url: 'https://a.fi/' },
      { type: 'eservice', url: 'https://b.fi/' },
      { type: 'phone', number: '112' },
    ];
    expect(mainChannel(channels)?.type).toBe('phone');
    expect(mainChannel(channels.slice(0, 2))?.type).toBe('eservice');
    expect(mainChannel([])).toBeUndefined();
  });
});

describe('a channel that refers to another service on the site', () => {
  const channel: Channel = { type: 'service', service: 'tyokykykoordinaattoripalvelu', label: 'Kysy koordinaattorilta' };
  const links = {
    href: (id: string) => `/sv/palvelu/${id}/`,
    title: (id: string) => (id === 'tyokykykoordinaattoripalvelu' ? 'Arbetsförmågekoordinatorn' : id),
  };

  it('links to that service’s page and shows its name in the reader’s language', () => {
    expect(channelHref(channel, links)).toBe('/sv/palvelu/tyokykykoordinaattoripalvelu/');
    expect(channelText(channel, links)).toBe('Arbetsförmågekoordinatorn');
  });

  it('falls back to the Finnish page and the id without a lookup', () => {
    expect(channelHref(channel)).toBe('/palvelu/tyokykykoordinaattoripalvelu/');
    expect(channelText(channel)).toBe('tyokykykoordinaattoripalvelu');
  });

  it('comes last when the service can also be reached directly', () => {
    expect(mainChannel([channel, { type: 'address', street: 'Koulukatu 14', postalCode: '53100', city: 'Lappeenranta' }])?.type).toBe('address');
    expect(mainChannel([channel])).toBe(channel);
  });

  it('is validated by the schema: a file-name id, no other fields', () => {
    expect(channelSchema.safeParse(channel).success).toBe(true);
    expect(channelSchema.safeParse({ type: 'service', service: 'Työkykykoordinaattori' }).success).toBe(false);
    expect(channelSchema.safeParse({ type: 'service' }).success).toBe(false);
    expect(channelSchema.safeParse({ type: 'service', service: 'omaolo', url: 'https://www.omaolo.fi/' }).success).toBe(false);
  });
});

describe('channels on a page', () => {
  const phone = channelSchema.parse({ type: 'phone', number: '09 2525 0111' });
  const web = channelSchema.parse({ type: 'web', url: 'https://www.omaolo.fi/' });
  const referral = channelSchema.parse({ type: 'service', service: 'tyokykykoordinaattoripalvelu' });

  it('keeps a phone number on one line and leaves other texts as they are', () => {
    expect(channelDisplayText(phone)).toBe('09\u00a02525\u00a00111');
    expect(channelText(phone)).toBe('09 2525 0111');
    expect(channelDisplayText(web)).toBe('www.omaolo.fi');
  });

  it('links a service reference to the page in the reader language, with lang only for a Finnish name', () => {
    const texts = new Map([
      ['tyokykykoordinaattoripalvelu', { title: 'Työkykykoordinaattoripalvelu', lang: 'fi' }],
      ['omaolo', { title: 'Omaolo (e-service)', lang: 'en' }],
    ]);
    const links = pageServiceLinks('en', (id) => texts.get(id));
    expect(channelHref(referral, links)).toBe('/en/palvelu/tyokykykoordinaattoripalvelu/');
    expect(channelText(referral, links)).toBe('Työkykykoordinaattoripalvelu');
    expect(links.lang?.('tyokykykoordinaattoripalvelu')).toBe('fi');
    expect(links.lang?.('omaolo')).toBeUndefined();
    expect(links.title('tuntematon')).toBe('tuntematon');
  });
});
