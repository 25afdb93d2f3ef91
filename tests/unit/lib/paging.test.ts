import { describe, expect, it } from 'vitest';
import { ALL_PAGE_LINKS, pageInfo, pageItems, pageLinks, pagePath } from '../../../src/lib/paging.ts';

describe('pageLinks', () => {
  it('links every page of a short list', () => {
    expect(pageLinks(1, 2)).toEqual([1, 2]);
    expect(pageLinks(4, ALL_PAGE_LINKS)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('shows the first, the last, the current page and its neighbours of a long list, with gaps', () => {
    expect(pageLinks(150, 312)).toEqual([1, 'gap', 149, 150, 151, 'gap', 312]);
    expect(pageLinks(1, 312)).toEqual([1, 2, 'gap', 312]);
    expect(pageLinks(312, 312)).toEqual([1, 'gap', 311, 312]);
  });

  it('never puts a gap where one page would do', () => {
    expect(pageLinks(4, 20)).toEqual([1, 2, 3, 4, 5, 'gap', 20]);
    expect(pageLinks(3, 8)).toEqual([1, 2, 3, 4, 'gap', 8]);
    expect(pageLinks(6, 8)).toEqual([1, 'gap', 5, 6, 7, 8]);
  });

  it('keeps every page reachable: each page links its neighbours, and the ends are always there', () => {
    for (let count = 1; count <= 40; count++) {
      for (let number = 1; number <= count; number++) {
        const links = pageLinks(number, count);
        const numbers = links.filter((link): link is number => link !== 'gap');
        expect(numbers).toContain(1);
        expect(numbers).toContain(count);
        expect(numbers).toContain(number);
        if (number > 1) expect(numbers).toContain(number - 1);
        if (number < count) expect(numbers).toContain(number + 1);
        expect([...numbers].sort((a, b) => a - b)).toEqual(numbers);
        expect(links.length).toBeLessThanOrEqual(ALL_PAGE_LINKS + 2);
      }
    }
  });
});

describe('paging', () => {
  it('places a page in its list', () => {
    expect(pageInfo(85, 3)).toEqual({ number: 3, count: 3, total: 85, first: 81, last: 85 });
    expect(pageItems([...'abcdefghij'], 2, 4)).toEqual(['e', 'f', 'g', 'h']);
    expect(pagePath('/palvelut/arki/', 1)).toBe('/palvelut/arki/');
    expect(pagePath('/palvelut/arki/', 2)).toBe('/palvelut/arki/sivu/2/');
    expect(() => pageInfo(10, 2)).toThrow(RangeError);
  });
});
