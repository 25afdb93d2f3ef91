// The search index step of `npm run build`: one Pagefind run per language, merged into one bundle.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { htmlLang, indexablePages, indexSite } from '../../../src/build/site-index.ts';

const page = (lang: string, body: string, indexed = true) =>
  `<!doctype html><html lang="${lang}"><head><title>${body}</title></head><body><main${indexed ? ' data-pagefind-body' : ''}><h1>${body}</h1><p>${body} ${body}</p></main></body></html>`;

let site = '';
function writeSite(files: Record<string, string>): string {
  site = mkdtempSync(join(tmpdir(), 'tt-site-index-'));
  for (const [path, html] of Object.entries(files)) {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), html);
  }
  return site;
}
afterEach(() => rmSync(site, { recursive: true, force: true }));

describe('htmlLang', () => {
  it('reads the language of the html element, lower-cased', () => {
    expect(htmlLang('<!doctype html><html class="x" lang="sv"><body lang="fi">')).toBe('sv');
    expect(htmlLang('<html lang=EN-gb>')).toBe('en-gb');
  });
  it('gives "unknown" (as Pagefind does) when there is none', () => {
    expect(htmlLang('<html><body lang="fi">')).toBe('unknown');
  });
});

describe('indexablePages', () => {
  it('groups searchable pages by language and skips pages without data-pagefind-body', () => {
    writeSite({
      'index.html': page('fi', 'Velkaneuvonta'),
      'sv/index.html': page('sv', 'Skuldrådgivning'),
      'ammattilaisille/rajaus/a/index.html': page('fi', 'Suodatettu lista', false),
      'pagefind/old/index.html': page('fi', 'Vanha nippu'),
    });
    const { byLanguage, skipped } = indexablePages(site);
    expect([...byLanguage.keys()].sort()).toEqual(['fi', 'sv']);
    expect(byLanguage.get('fi')).toEqual(['index.html']);
    expect(byLanguage.get('sv')).toEqual(['sv/index.html']);
    expect(skipped).toBe(1);
  });
});

describe('indexSite', () => {
  it('writes one bundle whose entry lists every language with its page count', async () => {
    writeSite({
      'index.html': page('fi', 'Velkaneuvonta'),
      'palvelu/a/index.html': page('fi', 'Työkykykoordinaattori'),
      'sv/index.html': page('sv', 'Skuldrådgivning'),
      'en/index.html': page('en', 'Debt advice'),
      'lista/index.html': page('fi', 'Lista', false),
    });
    const result = await indexSite(site);
    expect(result.pagesByLanguage).toEqual({ en: 1, fi: 2, sv: 1 });
    expect(result.skipped).toBe(1);
    const entry = JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number; hash: string }> };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'fi', 'sv']);
    expect(entry.languages['fi']?.page_count).toBe(2);
    const files = readdirSync(join(site, 'pagefind'));
    for (const language of Object.values(entry.languages)) expect(files).toContain(`pagefind.${language.hash}.pf_meta`);
  }, 60_000);

  it('fails with a Finnish message when no page is searchable', async () => {
    writeSite({ 'index.html': page('fi', 'Lista', false) });
    await expect(indexSite(site)).rejects.toThrow(/yhtään sivua ei indeksoitu/);
  });
});
