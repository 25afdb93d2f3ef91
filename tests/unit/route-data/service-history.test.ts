import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../src/lib/history/changes.ts';
import { serviceHistoryRouteData } from '../../../src/route-data/service-history.ts';
import { fixtureSourceWithMore } from '../../support/content-source.ts';
import * as fixtures from '../../support/export-fixtures.ts';
import { translations } from './fixtures-a.ts';

const entries = [
  { date: new Date('2026-11-01T00:00:00Z'), added: false, changes: [{ fact: 'cost', before: ['maksullinen'], after: ['maksuton'] }] },
  { date: new Date('2026-01-15T00:00:00Z'), added: true, changes: [] },
] as unknown as HistoryEntry[];

describe('serviceHistoryRouteData', () => {
  it('gives the service’s changes, its title in the reader’s language and the feeds to follow', async () => {
    const source = fixtureSourceWithMore({
      translations,
      files: { available: true, partial: false, versions: new Map() },
      histories: { [fixtures.coordinator.id]: entries },
    });
    const coordinator = await source.getService(fixtures.coordinator.id);
    if (!coordinator) throw new Error('coordinator');
    const data = await serviceHistoryRouteData(source, coordinator, 'sv');
    expect(data).toMatchObject({ available: true, partial: false, textLang: undefined, servicePage: '/sv/palvelu/tyokykykoordinaattori/' });
    expect(data.text.title).toBe('Arbetsförmågekoordinator');
    expect(data.entries).toBe(entries);
    expect(data.feeds).toEqual([
      { href: '/palvelut/muutokset.xml' },
      { href: '/palvelut/tyo-ja-tulevaisuus/muutokset.xml', area: 'Työ ja tulevaisuus (sv)' },
    ]);
  });

  it('says the history is unavailable when git could not be read, and has no entries for an untracked service', async () => {
    const source = fixtureSourceWithMore();
    const crisisLine = await source.getService(fixtures.crisisLine.id);
    if (!crisisLine) throw new Error('crisis line');
    const data = await serviceHistoryRouteData(source, crisisLine, 'en');
    expect(data.available).toBe(false);
    expect(data.entries).toEqual([]);
    expect(data.textLang).toBe('fi');
    expect(data.text.fallback).toBe(true);
  });
});
