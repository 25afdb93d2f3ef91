// The pages the build needs (src/lib/required-pages.ts): linked from every page's header or footer,
// or required by law. Without one the build would stop; the validator names the missing file first.
import { REQUIRED_PAGES } from '../../required-pages.ts';
import { WHOLE_FILE } from '../issues.ts';
import type { ContentRule } from '../content-context.ts';

export const requiredPages: ContentRule = {
  name: 'required-pages',
  check: ({ entries, fileInContent }) => {
    const present = new Set(entries.pages.map((page) => page.id));
    return REQUIRED_PAGES.filter((id) => !present.has(id)).map((id) => ({
      file: fileInContent(`pages/${id}.mdx`),
      field: WHOLE_FILE,
      severity: 'error' as const,
      message: `Pakollinen sivu "${id}" puuttuu. Se on linkitetty jokaiselta sivulta; lisää tiedosto ${id}.mdx.`,
    }));
  },
};
