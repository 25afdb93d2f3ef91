// The body of a service must not repeat the page's own section headings (a validator warning).
import { describe, expect, it } from 'vitest';
import { checkBodyHeadings } from '../../../../src/lib/validation/body-headings.ts';
import { readSourceFile } from '../../../../src/lib/validation/source-file.ts';

const service = (body: string) => readSourceFile('services/testi.md', `---\ntitle: Testi\n---\n\n${body}\n`, 'mdx');

describe('checkBodyHeadings', () => {
  it("warns about a heading that repeats the page's own section, with its line", () => {
    const issues = checkBodyHeadings(service('Teksti.\n\n### Palvelun sisältö\n\nLisää.\n\n## Yhteystiedot ja asiointi'), 'fi');
    expect(issues.map((issue) => `${issue.line} ${issue.severity} ${issue.message}`)).toEqual([
      expect.stringMatching(/^7 warning Otsikko "Palvelun sisältö" toistaa sivun omaa otsikkoa/),
      expect.stringMatching(/^11 warning Otsikko "Yhteystiedot ja asiointi" toistaa sivun omaa otsikkoa/),
    ]);
  });

  it('knows the handbook template headings and the translated page headings', () => {
    expect(checkBodyHeadings(service('### Kenelle ja miten'), 'fi')).toHaveLength(1);
    expect(checkBodyHeadings(service('### Kontaktuppgifter'), 'sv')).toHaveLength(1);
  });

  it('accepts headings that name their own part', () => {
    expect(checkBodyHeadings(service('### Miten pääset mukaan\n\n### Hätätilanteessa'), 'fi')).toEqual([]);
  });
});
