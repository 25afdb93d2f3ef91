// Hostile content is stopped by validation: javascript:, data: and other unsafe addresses in every
// URL field and in Markdown/MDX bodies (however they are spelled), and MDX code — import/export,
// { expressions }, <script>, event handlers — in bodies. Ordinary text and links still pass.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkBodySafety, isSafeUrl, urlScheme } from '../../../../src/lib/validation/body-safety.ts';
import { checkBodyLinks } from '../../../../src/lib/validation/rules/body-links.ts';
import { readSourceFile } from '../../../../src/lib/validation/source-file.ts';
import { validateContent } from '../../../../src/node/validation/validate-content.ts';
import { channel } from '../../../../src/schemas/channel.ts';
import { webUrl } from '../../../../src/schemas/common.ts';
import { providerSchema } from '../../../../src/schemas/provider.ts';
import { siteSchema } from '../../../../src/schemas/site.ts';

const HOSTILE = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'hostile');

const UNSAFE_URLS = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'javascript://%0aalert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
];

const yamlOf = (path: string) => parse(readFileSync(join(HOSTILE, path), 'utf8')) as Record<string, unknown>;

describe('URL fields', () => {
  it.each(UNSAFE_URLS)('webUrl rejects %j, with or without https-only', (url) => {
    expect(webUrl().safeParse(url).success).toBe(false);
    expect(webUrl(true).safeParse(url).success).toBe(false);
  });

  it('webUrl accepts ordinary addresses (so the rejections above mean something)', () => {
    expect(webUrl(true).safeParse('https://www.kela.fi/tyokyky').success).toBe(true);
    expect(webUrl().safeParse('http://www.example.fi/').success).toBe(true);
  });

  it('every URL field of every schema goes through webUrl', () => {
    // A new `url: z.string()` would bypass the scheme check; this fails until it uses webUrl.
    const schemas = join(import.meta.dirname, '..', '..', '..', '..', 'src', 'schemas');
    const loose = readdirSync(schemas)
      .filter((name) => name.endsWith('.ts'))
      .flatMap((name) =>
        readFileSync(join(schemas, name), 'utf8')
          .split('\n')
          .filter((line) => /^\s*(\w*(url|website|href|link)\w*)\s*:/i.test(line) && !/webUrl\(/.test(line))
          .map((line) => `${name}: ${line.trim()}`),
      );
    expect(loose).toEqual([]);
  });

  const site = yamlOf('site.yaml');
  const provider = yamlOf('providers/eksote.yaml');
  const cases: [string, () => boolean][] = [];
  for (const url of UNSAFE_URLS) {
    cases.push(
      [`site.siteUrl = ${JSON.stringify(url)}`, () => siteSchema.safeParse({ ...site, siteUrl: url }).success],
      [`site.kykyviisariUrl = ${JSON.stringify(url)}`, () => siteSchema.safeParse({ ...site, kykyviisariUrl: url }).success],
      [`site.chatUrl = ${JSON.stringify(url)}`, () => siteSchema.safeParse({ ...site, chatUrl: url }).success],
      [`site.feedback.issueUrl = ${JSON.stringify(url)}`, () => siteSchema.safeParse({ ...site, feedback: { issueUrl: url } }).success],
      [`provider.website = ${JSON.stringify(url)}`, () => providerSchema.safeParse({ ...provider, website: url }).success],
      ...(['web', 'eservice', 'chat'] as const).map((type): [string, () => boolean] => [
        `channel ${type}.url = ${JSON.stringify(url)}`,
        () => channel.safeParse({ type, url }).success,
      ]),
    );
  }

  it.each(cases)('%s is rejected', (_, parses) => {
    expect(parses()).toBe(false);
  });

  it('the fixture data itself is valid (control for the cases above)', () => {
    expect(siteSchema.safeParse(site).success).toBe(true);
    expect(providerSchema.safeParse(provider).success).toBe(true);
  });
});

describe('bodies', () => {
  const check = (body: string, file = 'content/services/testi.mdx') => {
    const source = readSourceFile(file, `---\ntitle: Testi\n---\n\n${body}\n`, 'mdx');
    const links = checkBodyLinks(source);
    return [...links, ...checkBodySafety(source, links)];
  };

  it.each([
    ['a Markdown link', '[Lue](javascript:alert(1))'],
    ['an entity-encoded scheme', '[Lue](java&#115;cript:alert(1))'],
    ['an encoded colon', '[Lue](javascript&#58;alert(1))'],
    ['a tab inside the scheme', '[Lue](java&#9;script:alert(1))'],
    ['a reference definition', '[Lue][x]\n\n[x]: javascript:alert(1)'],
    ['an image', '![kuva](javascript:alert(1))'],
    ['a data: link', '[Lue](data:text/html;base64,PHNjcmlwdD4=)'],
    ['an HTML link', '<a href="javascript:alert(1)">Lue</a>'],
    ['a computed JSX attribute', '<a href={"java" + "script:alert(1)"}>Lue</a>'],
    ['a script element', '<script>alert(1)</script>'],
    ['an event handler', '<img src="kuva.png" alt="" onError="alert(1)" />'],
    ['an iframe', '<iframe src="https://example.com/"></iframe>'],
    ['a style attribute', '<p style="color:red">Punainen</p>'],
    ['an export', 'export const koti = process.env.HOME\n\nTeksti.'],
    ['an import', "import fs from 'node:fs'\n\nTeksti."],
    ['an expression', 'Arvo on {1 + 1}.'],
  ])('rejects %s with a Finnish message on its line', (_, body) => {
    const issues = check(body);
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      expect(issue.severity).toBe('error');
      expect(issue.field).toBe('(sisältö)');
      expect(issue.line).toBeGreaterThanOrEqual(5);
      expect(issue.message).toMatch(/ei kelpaa|ajetaan koodina|ei kuulu sisältöön|ei ole sallittu|HTML-koodia/);
    }
  });

  it('reports a plain javascript: link once, not once per check', () => {
    expect(check('[Lue](javascript:alert(1))')).toHaveLength(1);
  });

  it('finds raw HTML in a .md body, which Markdown passes through unescaped', () => {
    expect(check('Teksti <script>alert(1)</script>', 'content/services/testi.md')).not.toEqual([]);
    expect(check('<a href="javascript:alert(1)">Lue</a>', 'content/services/testi.md')).not.toEqual([]);
  });

  it('accepts ordinary content: text, emphasis, lists and safe links', () => {
    const body = [
      'Palvelu auttaa **työnhaussa** ja _opinnoissa_. Hinta on 0 € (maksuton).',
      '',
      '- [Kelan sivu](https://www.kela.fi/)',
      '- [Lähetä sähköpostia](mailto:neuvonta@eksote.fi)',
      '- [Soita neuvontaan](tel:+358290413170)',
      '- [Kaikki palvelut](/palvelut/) ja [ylös](#sisalto)',
      '',
      '{/* Toimittajan muistiinpano: tarkista aukioloajat keväällä. */}',
      '',
      'Merkit < ja > sekä \\{aaltosulkeet\\} tekstinä, ja `</script>` koodina.',
    ].join('\n');
    expect(check(body)).toEqual([]);
  });

  it('urlScheme reads a scheme as a browser does', () => {
    expect(urlScheme(' java\nscript:alert(1)')).toBe('javascript');
    expect(urlScheme('/palvelut/')).toBeUndefined();
    expect(isSafeUrl('MAILTO:neuvonta@eksote.fi')).toBe(true);
    expect(isSafeUrl('jAvAsCrIpT:alert(1)')).toBe(false);
  });
});

describe('the hostile fixture', () => {
  it('passes validation: its text is hostile but it is not unsafe markup, so it must render inert', () => {
    const result = validateContent({ contentDir: HOSTILE, rootDir: HOSTILE });
    expect(result.errors).toEqual([]);
    expect(result.services.map((service) => service.id)).toContain('vihamielinen-sisalto');
  });
});
