import { describe, expect, it } from 'vitest';
import { PAGE_SIZE } from '../../../src/lib/paging.ts';
import {
  finderPageRouteData,
  finderRouteData,
  finderRowFileRouteData,
  presetPages,
  type FinderData,
} from '../../../src/route-data/finder.ts';
import { coverageCsvRouteData, coverageRouteData } from '../../../src/route-data/coverage.ts';
import { serviceSchema } from '../../../src/schemas/service.ts';
import * as fixtures from '../../support/export-fixtures.ts';
import { professionalsFixtureSource } from '../../support/content-source.ts';

const swedish = {
  'sv/tyokykykoordinaattori': { title: 'Arbetsförmågekoordinator', summary: 'Koordinatorn hjälper dig att reda ut din arbetsförmåga.' },
};
const source = () =>
  professionalsFixtureSource({ site: { ...fixtures.site, startHere: ['kriisipuhelin', 'poistettu'] }, translations: swedish as never });
const option = (data: FinderData, key: string, value: string) => {
  const group = data.groups.find((candidate) => candidate.key === key);
  const found = group?.options.find((candidate) => candidate.value === value);
  if (!group || !found) throw new Error(`${key}=${value} puuttuu`);
  return { group, option: found };
};

describe('finderRouteData', () => {
  it('gathers one object per source and language, the same for every page of a build', async () => {
    const content = source();
    const fi = await finderRouteData(content, 'fi');
    expect(await finderRouteData(content, 'fi')).toBe(fi);
    expect(await finderRouteData(content, 'sv')).not.toBe(fi);
    expect((await finderPageRouteData(content, 'fi', 1)).finder).toBe(fi);
    expect((await finderRowFileRouteData(content, 'fi', 1)).finder).toBe(fi);
  });

  it('joins the Swedish text and marks an untranslated one Finnish', async () => {
    const { rows } = await finderRouteData(source(), 'sv');
    const coordinator = rows.find((row) => row.service.id === 'tyokykykoordinaattori');
    expect(coordinator?.text).toMatchObject({ title: 'Arbetsförmågekoordinator', lang: 'sv' });
    expect(rows.find((row) => row.service.id === 'kriisipuhelin')?.text).toMatchObject({ title: 'Kriisipuhelin', lang: 'fi' });
  });

  it('lists published services in finder order (primary life area, then title) with their providers', async () => {
    const { rows } = await finderRouteData(source(), 'fi');
    expect(rows.map((row) => row.service.id)).toEqual(['klubitalo', 'kriisipuhelin', 'tyokykykoordinaattori']);
    expect(rows[0]?.provider?.data.name).toBe('Imatran Klubitalo ry');
    expect(rows[0]?.record.providerType).toBe('jarjesto');
  });

  it('labels and counts the filter options in the reader language, leaving out empty ones', async () => {
    const data = await finderRouteData(source(), 'fi');
    expect(data.groups.map((group) => group.key)).toEqual(['alue', 'kohderyhma', 'reitti', 'kunta', 'kieli', 'toimija', 'hinta']);
    // Services for all working-age people count for every audience.
    expect(option(data, 'kohderyhma', 'osatyokykyiset').option).toMatchObject({ label: 'Osatyökykyiset', count: 3 });
    expect(option(data, 'toimija', 'jarjesto').option).toMatchObject({ label: 'Järjestöt', count: 2, slug: 'jarjesto' });
    expect(option(data, 'reitti', 'itse').option.label).toBe('Asiakas voi ottaa yhteyttä itse');
    expect(option(data, 'kieli', 'sv').option.label).toBe('Ruotsi');
    expect(data.groups.find((group) => group.key === 'kohderyhma')?.hint).toContain('työikäisille');
    expect(data.groups.find((group) => group.key === 'alue')?.hint).toBeUndefined();
    expect(data.groups.find((group) => group.key === 'kunta')?.single).toBe(true);
    expect(data.groups.find((group) => group.key === 'hinta')?.options.map((item) => item.value)).toEqual(['maksuton', 'osin-maksullinen']);
    expect(data.allowed.toimija).toEqual(['hyvinvointialue', 'jarjesto']);
    const sv = await finderRouteData(source(), 'sv');
    expect(option(sv, 'alue', 'osallisuus').option.label).toBe('Osallisuus (sv)');
  });

  it('resolves the featured services, leaving out an id without a published service', async () => {
    const { startHere } = await finderRouteData(source(), 'fi');
    expect(startHere.map((service) => service.id)).toEqual(['kriisipuhelin']);
  });

  it('links `service` contacts to the other service in the reader language', async () => {
    const { serviceLinks } = await finderRouteData(source(), 'sv');
    expect(serviceLinks.href('tyokykykoordinaattori')).toBe('/sv/palvelu/tyokykykoordinaattori/');
    expect(serviceLinks.title('tyokykykoordinaattori')).toBe('Arbetsförmågekoordinator');
    expect(serviceLinks.lang?.('kriisipuhelin')).toBe('fi');
  });
});

describe('finderPageRouteData', () => {
  it('lists every row unfiltered and the matching rows of a single-filter page, the same array each time', async () => {
    const content = source();
    const data = await finderRouteData(content, 'fi');
    expect((await finderPageRouteData(content, 'fi', 1)).matching).toBe(data.rows);
    const preset = option(data, 'toimija', 'jarjesto');
    const page = await finderPageRouteData(content, 'fi', 1, preset);
    expect(page.matching.map((row) => row.service.id)).toEqual(['klubitalo', 'kriisipuhelin']);
    expect(page.preset).toBe(preset);
    expect((await finderPageRouteData(content, 'fi', 2, preset)).matching).toBe(page.matching);
  });

  it('pages a large region: row files of PAGE_SIZE rows, a filter page per filled page', async () => {
    const many = Array.from({ length: PAGE_SIZE + 3 }, (_, index) => ({
      id: `palvelu-${String(index).padStart(3, '0')}`,
      data: serviceSchema.parse({ ...fixtures.crisisLine.data, title: `Palvelu ${String(index).padStart(3, '0')}` }),
    }));
    const content = professionalsFixtureSource({ services: many });
    const first = await finderRowFileRouteData(content, 'fi', 1);
    const second = await finderRowFileRouteData(content, 'fi', 2);
    expect(first.count).toBe(2);
    expect(first.rows).toHaveLength(PAGE_SIZE);
    expect(second.rows.map((row) => row.service.id)).toEqual(['palvelu-040', 'palvelu-041', 'palvelu-042']);
    const pages = await presetPages(content);
    const mieli = pages.filter((entry) => entry.params.filter === 'alue' && entry.params.value === 'mieli');
    expect(mieli.map((entry) => [entry.params.lang, entry.props.page])).toEqual([
      [undefined, 1],
      [undefined, 2],
      ['sv', 1],
      ['sv', 2],
      ['en', 1],
      ['en', 2],
    ]);
  });
});

describe('coverageRouteData', () => {
  it('counts services per area and municipality, one table per view with its caption', async () => {
    const { tables, areaLabels } = await coverageRouteData(source(), 'fi');
    expect(tables.map((item) => item.caption)).toEqual(['Kaikki palvelut', 'Palvelut, joihin voi ottaa yhteyttä itse', expect.stringContaining('Suomi'), expect.stringContaining('Ruotsi')]);
    const mieli = tables[0]?.table.rows.find((row) => row.area === 'mieli');
    expect(mieli?.cells.map((cell) => cell.count)).toEqual([2, 2, 2]);
    expect(areaLabels.get('mieli')).toBe('Mieli');
  });

  it('writes the spreadsheet in Finnish with absolute finder addresses', async () => {
    const rows = await coverageCsvRouteData(source(), undefined);
    expect(rows[0]?.[0]).toBe('Elämänalue');
    const mieli = rows.find((row) => row[0] === 'Mieli' && row[1] === 'Imatra');
    expect(mieli?.at(-1)).toMatch(/^https:\/\/tyollisyystalo\.example\/ammattilaisille\/\?/);
  });
});
