import { describe, expect, it } from 'vitest';
import type { Service } from '../../../src/content-types.ts';
import { PAGE_SIZE } from '../../../src/lib/paging.ts';
import { reviewPacketMarkdownRouteData, reviewPacketPageRouteData, reviewPacketsRouteData } from '../../../src/route-data/review-packets.ts';
import { serviceSchema } from '../../../src/schemas/service.ts';
import * as fixtures from '../../support/export-fixtures.ts';
import { professionalsFixtureSource } from '../../support/content-source.ts';

const today = new Date('2026-12-01T00:00:00Z');
const site = new URL('https://kartta.example/');

describe('reviewPacketsRouteData', () => {
  it('gives one packet per owner, those with unconfirmed services first, drafts left out', async () => {
    const { packets } = await reviewPacketsRouteData(professionalsFixtureSource());
    expect(packets.flatMap((packet) => packet.services.map((service) => service.id)).sort()).toEqual(['klubitalo', 'kriisipuhelin', 'tyokykykoordinaattori']);
    expect(packets.map((packet) => packet.unconfirmed)).toEqual([...packets.map((packet) => packet.unconfirmed)].sort((a, b) => b - a));
  });
});

describe('reviewPacketPageRouteData', () => {
  it('numbers the services across pages and links their pages on the given site', async () => {
    const many = Array.from({ length: PAGE_SIZE + 2 }, (_, index) => ({
      id: `palvelu-${String(index).padStart(2, '0')}`,
      data: serviceSchema.parse({ ...fixtures.crisisLine.data, title: `Palvelu ${index}`, owner: 'Yksi ylläpitäjä' }),
    }));
    const source = professionalsFixtureSource({ services: many });
    const [packet] = (await reviewPacketsRouteData(source)).packets;
    if (!packet) throw new Error('no packet');
    const second = await reviewPacketPageRouteData(source, packet, 2, site, today);
    expect(second.page).toBe(2);
    expect(second.paging.count).toBe(2);
    expect(second.base).toBe(`/ammattilaisille/tarkistus/${packet.slug}/`);
    expect(second.services.map((service) => service.number)).toEqual([PAGE_SIZE + 1, PAGE_SIZE + 2]);
    const [first] = second.services;
    expect(first?.pageHref).toBe(`/palvelu/${first?.facts.id}/`);
    expect(decodeURIComponent(first?.actions.confirm ?? '')).toContain(`https://kartta.example/palvelu/${first?.facts.id}/`);
    expect(second.answersAsIssues).toBe(true);
  });

  it('answers by e-mail when the region has no issue form, and falls back to siteUrl', async () => {
    const source = professionalsFixtureSource({ site: { ...fixtures.site, feedback: { email: 'palaute@example.fi' } } });
    const [packet] = (await reviewPacketsRouteData(source)).packets;
    if (!packet) throw new Error('no packet');
    const data = await reviewPacketPageRouteData(source, packet, 1, undefined, today);
    expect(data.answersAsIssues).toBe(false);
    expect(data.services[0]?.actions.confirm).toMatch(/^mailto:palaute@example\.fi/);
    expect(decodeURIComponent(data.services[0]?.actions.confirm ?? '')).toContain('https://tyollisyystalo.example/palvelu/');
  });
});

describe('reviewPacketMarkdownRouteData', () => {
  it('writes the packet as Markdown with the services’ addresses on the site', async () => {
    const source = professionalsFixtureSource();
    const packet = (await reviewPacketsRouteData(source)).packets.find((item) =>
      item.services.some((service: Service) => service.id === 'tyokykykoordinaattori'),
    );
    if (!packet) throw new Error('no packet');
    const markdown = await reviewPacketMarkdownRouteData(source, packet, site, today);
    expect(markdown).toContain('Työkykykoordinaattori');
    expect(markdown).toContain('https://kartta.example/palvelu/tyokykykoordinaattori/');
  });
});
