// The freshness report: oldest review first, stale services flagged, owner shown; text and Markdown.
import { describe, expect, it } from 'vitest';
import { freshnessMarkdown, freshnessRows, freshnessText } from '../../../../src/lib/validation/freshness.ts';
import { readSourceFile } from '../../../../src/lib/validation/source-file.ts';

const NOW = new Date('2026-11-23T12:00:00Z');

const service = (
  id: string,
  title: string,
  lastReviewed: string,
  owner = 'Eksote, työllisyyspalvelut',
  status: 'vahvistettu' | 'tarkistettava' = 'vahvistettu',
) => ({
  id,
  source: readSourceFile(`content/services/${id}.mdx`, '---\n---\n', 'mdx'),
  data: { title, owner, status, draft: false, lastReviewed: new Date(`${lastReviewed}T00:00:00Z`) },
});

const services = [
  service('tuore', 'Tuore palvelu', '2026-11-01'),
  service('vanhin', 'Vanhin palvelu', '2024-05-02', 'Kela | kuntoutus', 'tarkistettava'),
  service('vuoden-vanha', 'Vuoden vanha', '2025-11-01'),
];

describe('freshnessRows', () => {
  it('puts the oldest review first and flags those older than 12 months', () => {
    const rows = freshnessRows(services, NOW);
    expect(rows.map((row) => [row.id, row.stale])).toEqual([
      ['vanhin', true],
      ['vuoden-vanha', true],
      ['tuore', false],
    ]);
    expect(rows[2]?.ageDays).toBe(22);
  });
});

describe('freshnessText', () => {
  it('lists the stale services under their own heading with date, owner and file', () => {
    const text = freshnessText(freshnessRows(services, NOW), NOW, 1);
    expect(text).toContain('3 palvelua, joista 2 tarkistettu yli 12 kuukautta sitten (tilanne 23.11.2026).');
    const [stale, fresh] = text.split('Tarkistettu viimeisen 12 kuukauden aikana');
    expect(stale).toContain('2.5.2024');
    expect(stale).toMatch(/Vanhin palvelu — Kela \| kuntoutus \[tarkistettava\]\n\s+content\/services\/vanhin\.mdx/);
    expect(stale?.indexOf('Vanhin palvelu')).toBeLessThan(stale?.indexOf('Vuoden vanha') ?? 0);
    expect(fresh).toContain('Tuore palvelu — Eksote, työllisyyspalvelut');
    expect(text).toContain('1 palvelutiedostoa jäi pois');
  });

  it('says so when nothing is stale', () => {
    expect(freshnessText(freshnessRows([services[0]!], NOW), NOW)).toMatch(
      /yli 12 kuukautta sitten \(tarkista ja päivitä lastReviewed\):\n {2}ei yhtään/,
    );
  });
});

describe('freshnessMarkdown', () => {
  it('renders one table for a pull-request comment, escaping pipes and marking stale rows', () => {
    const markdown = freshnessMarkdown(freshnessRows(services, NOW), NOW);
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('## Palvelutietojen tuoreus');
    expect(lines).toContain('| Tarkistettu | Ikä | Palvelu | Ylläpitäjä | Huom. | Tiedosto |');
    expect(lines).toContain(
      '| **2.5.2024** (yli 12 kk) | 935 pv | Vanhin palvelu | Kela \\| kuntoutus | tarkistettava | `content/services/vanhin.mdx` |',
    );
    expect(lines).toContain('| 1.11.2026 | 22 pv | Tuore palvelu | Eksote, työllisyyspalvelut |  | `content/services/tuore.mdx` |');
  });
});
