// The form editor's body field cannot stop an editor from typing HTML or MDX code in its Markdown
// mode; the validator's message on the pull request then says how to fix it in the form editor.
import { describe, expect, it } from 'vitest';
import { checkBodySafety, IN_THE_FORM_EDITOR } from '../../../../src/lib/validation/body-safety.ts';
import { readSourceFile } from '../../../../src/lib/validation/source-file.ts';

const body = (file: string, text: string) => checkBodySafety(readSourceFile(file, `---\ntitle: Testi\n---\n\n${text}\n`, 'mdx'));

describe('body-safety messages name the fix in the form editor', () => {
  it.each([
    ['palvelu.md', '<script>alert(1)</script>'],
    ['palvelu.md', '<p onclick="x()">teksti</p>'],
    ['sivu.mdx', "import X from '../../x.js'"],
    ['sivu.mdx', 'Hinta on {1 + 1} euroa.'],
    ['sivu.mdx', '<iframe src="https://example.com"></iframe>'],
  ])('%s: %s', (file, text) => {
    const issues = body(file, text);
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) expect(issue.message).toContain(IN_THE_FORM_EDITOR);
  });

  it('says nothing about plain Markdown the form editor writes', () => {
    expect(body('palvelu.md', '### Otsikko\n\n- **lihava** ja _kursiivi_\n- [Kela](https://www.kela.fi/)\n\n> lainaus')).toEqual([]);
  });
});
