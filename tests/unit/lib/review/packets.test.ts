// Review packets: one per owner with exactly that owner's services (drafts left out, provider's name
// when the owner is empty), needing attention first; the prefilled answers name the service, the
// owner and the date and carry nothing about a person; the Markdown copy lists the same services.
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../../../src/i18n/index.ts';
import { reviewActions } from '../../../../src/lib/review/actions.ts';
import { packetMarkdown } from '../../../../src/lib/review/packet-markdown.ts';
import { packetFacts, reviewPackets, type PacketSource } from '../../../../src/lib/review/packets.ts';
import { validateContent } from '../../../../src/node/validation/validate-content.ts';

const t = useTranslations('fi');
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function service(id: string, owner: string, overrides: Partial<PacketSource['data']> = {}): PacketSource {
  return {
    id,
    data: {
      title: `Palvelu ${id}`,
      owner,
      provider: 'toimija-a',
      forWhom: 'Työikäisille, jotka tarvitsevat tukea.',
      access: [{ route: 'itse', text: 'Soita neuvontaan.' }],
      channels: [{ type: 'phone', number: '029 041 3170', label: 'Neuvonta', hours: 'ma–pe 9–15' }],
      cost: { type: 'maksuton' },
      lastReviewed: day('2026-06-01'),
      status: 'tarkistettava',
      confirmedBy: undefined,
      confirmedOn: undefined,
      draft: false,
      ...overrides,
    },
  };
}

const providerName = (id: string) => ({ 'toimija-a': 'Toimija A', 'toimija-b': 'Toimija B' })[id];

describe('reviewPackets', () => {
  const services = [
    service('a1', 'Yksikkö A', { lastReviewed: day('2026-03-01') }),
    service('a2', 'Yksikkö A', { status: 'vahvistettu', confirmedBy: 'palveluvastaava', confirmedOn: day('2026-01-01') }),
    service('a3', 'Yksikkö A', { lastReviewed: day('2025-01-01') }),
    service('b1', 'Yksikkö B', { status: 'vahvistettu', confirmedBy: 'palveluvastaava', confirmedOn: day('2026-05-01') }),
    service('c1', '  ', { provider: 'toimija-b' }),
    service('luonnos', 'Yksikkö B', { draft: true }),
  ];
  const packets = reviewPackets(services, providerName);

  it('makes one packet per owner with exactly that owner’s published services', () => {
    const byOwner = Object.fromEntries(packets.map((packet) => [packet.owner, packet.services.map((item) => item.id).sort()]));
    expect(byOwner).toEqual({ 'Yksikkö A': ['a1', 'a2', 'a3'], 'Yksikkö B': ['b1'], 'Toimija B': ['c1'] });
    const all = packets.flatMap((packet) => packet.services.map((item) => item.id));
    expect(new Set(all).size).toBe(all.length);
  });

  it('groups a service without an owner under its provider’s name', () => {
    expect(packets.find((packet) => packet.owner === 'Toimija B')?.slug).toBe('toimija-b');
  });

  it('puts unconfirmed services first, the oldest check first, confirmed ones last', () => {
    expect(packets.find((packet) => packet.owner === 'Yksikkö A')?.services.map((item) => item.id)).toEqual(['a3', 'a1', 'a2']);
  });

  it('puts the packets with the most unconfirmed services first', () => {
    expect(packets.map((packet) => [packet.owner, packet.unconfirmed])).toEqual([
      ['Yksikkö A', 2],
      ['Toimija B', 1],
      ['Yksikkö B', 0],
    ]);
  });

  it('gives owners whose names make the same address part distinct slugs', () => {
    const clash = reviewPackets([service('x', 'Yksikkö Ä'), service('y', 'Yksikkö A')], providerName);
    expect(clash.map((packet) => packet.slug).sort()).toEqual(['yksikko-a', 'yksikko-a-2']);
  });

  it('covers every published service of the region exactly once', () => {
    const result = validateContent({ contentDir: 'content' });
    const regionPackets = reviewPackets(result.services, () => undefined);
    const listed = regionPackets.flatMap((packet) => packet.services.map((item) => item.id)).sort();
    expect(listed).toEqual(
      result.services
        .filter((item) => !item.data.draft)
        .map((item) => item.id)
        .sort(),
    );
    for (const packet of regionPackets) expect(packet.services.every((item) => item.data.owner.trim() === packet.owner)).toBe(true);
  });
});

describe('packetFacts', () => {
  it('lists the facts a client relies on in plain Finnish', () => {
    const facts = packetFacts(service('a1', 'Yksikkö A', { cost: { type: 'osin-maksullinen', text: 'Ryhmät 5 €.' } }), t);
    expect(facts.access).toEqual(['Ota yhteyttä itse: Soita neuvontaan.']);
    expect(facts.contacts).toEqual(['Puhelin: 029 041 3170 (Neuvonta; ma–pe 9–15)']);
    expect(facts.hours).toEqual(['Neuvonta: ma–pe 9–15']);
    expect(facts.cost).toBe('Osin maksullinen – Ryhmät 5 €.');
    expect(facts.verification).toEqual({ confirmed: false });
  });
});

describe('reviewActions', () => {
  const subject = {
    id: 'a1',
    title: 'Palvelu a1',
    owner: 'Yksikkö A',
    pageUrl: 'https://example.fi/palvelu/a1/',
    lastChecked: day('2026-03-01'),
  };
  const today = day('2026-12-02');

  it('prefills an issue with the service, the owner and the date', () => {
    const { confirm, correct } = reviewActions({ feedback: { issueUrl: 'https://github.com/org/repo/issues/new' } }, subject, today);
    const confirmUrl = new URL(confirm);
    expect(confirmUrl.origin + confirmUrl.pathname).toBe('https://github.com/org/repo/issues/new');
    expect(confirmUrl.searchParams.get('title')).toBe('Tiedot ovat oikein: Palvelu a1 (Yksikkö A)');
    const body = confirmUrl.searchParams.get('body') ?? '';
    expect(body).toContain('Palvelu: Palvelu a1 (a1)');
    expect(body).toContain('Sivu: https://example.fi/palvelu/a1/');
    expect(body).toContain('Sisällön ylläpitäjä: Yksikkö A');
    expect(body).toContain('Päivä: 2.12.2026 (2026-12-02)');
    expect(body).toContain('Tiedot tarkistettu viimeksi: 1.3.2026');
    expect(new URL(correct).searchParams.get('title')).toBe('Tiedoissa on korjattavaa: Palvelu a1 (Yksikkö A)');
  });

  it('falls back to e-mail when the site has no issue form', () => {
    const { confirm } = reviewActions({ feedback: { email: 'toimitus@example.fi' } }, subject, today);
    expect(confirm.startsWith('mailto:toimitus@example.fi?subject=Tiedot%20ovat%20oikein')).toBe(true);
    expect(decodeURIComponent(confirm)).toContain('Sisällön ylläpitäjä: Yksikkö A');
  });

  it('carries no personal data: only the service’s public facts and fixed instructions', () => {
    const { confirm, correct } = reviewActions({ feedback: { issueUrl: 'https://example.fi/new' } }, subject, today);
    for (const link of [confirm, correct]) {
      const url = new URL(link);
      expect([...url.searchParams.keys()].sort()).toEqual(['body', 'title']);
      const text = `${url.searchParams.get('title')}\n${url.searchParams.get('body')}`;
      // No e-mail address, no phone number, no field for a name: a role is asked for instead.
      expect(text).not.toMatch(/@|\d{3}\s?\d{3}\s?\d{3,4}/);
      expect(text).not.toMatch(/\bnimi:/i);
      expect(text).toMatch(/rooli/);
    }
  });
});

describe('packetMarkdown', () => {
  it('lists the owner’s services in attention order with both answers each', () => {
    const [packet] = reviewPackets(
      [service('a1', 'Yksikkö A'), service('a2', 'Yksikkö A', { lastReviewed: day('2025-01-01') })],
      providerName,
    );
    if (!packet) throw new Error('no packet');
    const markdown = packetMarkdown(packet, {
      site: { feedback: { issueUrl: 'https://example.fi/new' } },
      today: day('2026-12-02'),
      pageUrl: (id) => `https://example.fi/palvelu/${id}/`,
    });
    expect(markdown.startsWith('# Tarkistuspaketti: Yksikkö A\n')).toBe(true);
    expect([...markdown.matchAll(/^## \d+\. (.+)$/gm)].map((match) => match[1])).toEqual(['Palvelu a2', 'Palvelu a1']);
    expect(markdown.match(/\[Tiedot ovat oikein\]\(https:\/\/example\.fi\/new\?/g)).toHaveLength(2);
    expect(markdown.match(/\[Tiedoissa on korjattavaa\]\(/g)).toHaveLength(2);
    expect(markdown).toContain('- **Aukioloajat:**\n  - Neuvonta: ma–pe 9–15');
  });
});
