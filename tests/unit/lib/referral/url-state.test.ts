// The referral finder's filters in the address: what a plain GET form sends, read back safely.
import { describe, expect, it } from 'vitest';
import { emptyFilters } from '../../../../src/lib/referral/filters.ts';
import { filteredHref, parseFilters, serialiseFilters } from '../../../../src/lib/referral/url-state.ts';

const allowed = {
  alue: ['hyvinvointi', 'mieli', 'arki'],
  kohderyhma: ['tyottomat', 'nuoret'],
  kunta: ['Lappeenranta', 'Imatra', 'Luumäki'],
};

describe('parseFilters', () => {
  it('reads repeated keys as a GET form with checkboxes sends them', () => {
    const filters = parseFilters('?alue=mieli&alue=arki&kohderyhma=nuoret', allowed);
    expect(filters).toEqual({ ...emptyFilters(), alue: ['mieli', 'arki'], kohderyhma: ['nuoret'] });
  });

  it('drops unknown keys and values, duplicates and empty values', () => {
    const filters = parseFilters('alue=mieli&alue=mieli&alue=ei-ole&x=1&kohderyhma=', allowed);
    expect(filters).toEqual({ ...emptyFilters(), alue: ['mieli'] });
  });

  it('returns values in the allowed order so equal choices give equal addresses', () => {
    expect(parseFilters('alue=arki&alue=hyvinvointi', allowed).alue).toEqual(['hyvinvointi', 'arki']);
  });

  it('keeps one municipality and decodes Finnish letters', () => {
    expect(parseFilters('kunta=Luum%C3%A4ki&kunta=Imatra', allowed).kunta).toEqual(['Luumäki']);
  });

  it('accepts comma-separated values from hand-written links', () => {
    expect(parseFilters('alue=mieli,arki', allowed).alue).toEqual(['mieli', 'arki']);
  });
});

describe('serialiseFilters', () => {
  it('writes nothing for no filters', () => {
    expect(serialiseFilters(emptyFilters())).toBe('');
  });

  it('round-trips through parseFilters', () => {
    const filters = { ...emptyFilters(), alue: ['hyvinvointi', 'mieli'], kunta: ['Luumäki'] };
    const query = serialiseFilters(filters);
    expect(query).toBe('alue=hyvinvointi&alue=mieli&kunta=Luum%C3%A4ki');
    expect(parseFilters(query, allowed)).toEqual(filters);
  });
});

describe('filteredHref', () => {
  it('keeps the path and the fragment', () => {
    expect(filteredHref('/ammattilaisille/', { ...emptyFilters(), kohderyhma: ['nuoret'] }, '#tulokset')).toBe(
      '/ammattilaisille/?kohderyhma=nuoret#tulokset',
    );
    expect(filteredHref('/ammattilaisille/', emptyFilters())).toBe('/ammattilaisille/');
  });
});
