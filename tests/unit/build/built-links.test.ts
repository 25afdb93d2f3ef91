// Link hygiene of a built site, on a tiny hand-made dist/: broken pages, assets and fragments,
// vague and empty link texts; external links and mailto: are left alone.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBuiltSite, formatLinkProblem, pagePath, pageReferences } from '../../../src/build/built-links.ts';

let dist: string;

const page = (body: string, head = '') =>
  `<!doctype html><html lang="fi"><head>${head}<link rel="stylesheet" href="/_astro/site.css"></head><body><a href="#sisalto">Siirry sisältöön</a><main id="sisalto">${body}</main></body></html>`;

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'tt-dist-'));
  const files: Record<string, string> = {
    'sitemap-0.xml': '<urlset><url><loc>https://tyollisyystalo.example/</loc></url></urlset>',
    '_astro/site.css': 'body{}',
    'index.html': page(
      '<a href="/palvelu/omaolo/">Omaolo-verkkopalvelu</a> <a href="https://www.kela.fi/puuttuu">Kela</a> <a href="mailto:x@y.fi">x@y.fi</a> <a href="/palvelu/omaolo/#yhteystiedot">Omaolon yhteystiedot</a> <a href="/haku/?q=velka">Hae: velka</a>',
      '<link rel="canonical" href="https://tyollisyystalo.example/">',
    ),
    'palvelu/omaolo/index.html': page(
      '<h2 id="yhteystiedot">Yhteystiedot</h2><a href="/palvelu/puuttuva/">Puuttuva palvelu</a> <a href="../../">Etusivu</a> <a href="/palvelu/omaolo/#ei-ole">Kohta</a> <a href="https://www.omaolo.fi/">Lue lisää</a> <a href="/"><svg aria-hidden="true"></svg></a> <a href="/" aria-label="Työllisyystalo, etusivu"><svg></svg></a> <img src="/kuva.png" alt="">',
      '<link rel="canonical" href="https://tyollisyystalo.example/palvelu/omaolo">',
    ),
    'haku/index.html': page('<script>const a = "<a href=\\"/ei-linkki/\\">x</a>";</script><a href="/">Etusivulle &amp; takaisin</a>'),
    '404.html': page('<a href="/">Etusivulle</a>'),
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
});
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('checkBuiltSite', () => {
  it('reports exactly the broken, vague and empty links', () => {
    const report = checkBuiltSite(dist);
    expect(report.pages).toBe(4);
    expect(report.problems.map(formatLinkProblem)).toEqual([
      '/palvelu/omaolo/: /palvelu/puuttuva/ — Sivua tai tiedostoa /palvelu/puuttuva/ ei ole.',
      '/palvelu/omaolo/: /palvelu/omaolo/#ei-ole — Kohdetta #ei-ole ei ole sivulla /palvelu/omaolo/.',
      '/palvelu/omaolo/: https://www.omaolo.fi/ — Epämääräinen linkkiteksti "Lue lisää": kerro linkissä, mihin se vie.',
      '/palvelu/omaolo/: / — Linkillä ei ole tekstiä (eikä aria-labelia tai kuvan alt-tekstiä).',
      '/palvelu/omaolo/: https://tyollisyystalo.example/palvelu/omaolo — Sivua tai tiedostoa /palvelu/omaolo ei ole (lopusta puuttuu /).',
      '/palvelu/omaolo/: /kuva.png — Sivua tai tiedostoa /kuva.png ei ole.',
    ]);
  });
});

describe('pageReferences', () => {
  it('reads link texts with entities decoded and ignores markup inside scripts', () => {
    const references = pageReferences(
      '<script>x("<a href=/no>")</script><a class="x" href="/a/?b=1&amp;c=2">Etusivulle &amp; <b>takaisin</b></a><a href="/b/"><img src="/i.png" alt="Kelan logo"></a>',
    );
    expect(references).toEqual([
      { href: '/a/?b=1&c=2', text: 'Etusivulle & takaisin' },
      { href: '/b/', text: 'Kelan logo' },
      { href: '/i.png' },
    ]);
  });
});

describe('pagePath', () => {
  it('maps built files to the addresses they are served at', () => {
    expect(pagePath('/d', '/d/palvelu/omaolo/index.html')).toBe('/palvelu/omaolo/');
    expect(pagePath('/d', '/d/index.html')).toBe('/');
    expect(pagePath('/d', '/d/404.html')).toBe('/404.html');
  });
});
