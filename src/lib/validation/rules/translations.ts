// Each translation (services/sv/…, pages/en/…) has a Finnish master with the same file name.
import { CONTENT_MODEL } from '../../../content-model.ts';
import { similarIds } from '../field-names.ts';
import type { ContentIssue } from '../issues.ts';
import type { ContentRule } from '../content-context.ts';

const WHAT = { services: 'palvelu', pages: 'sivu' } as const;

export const translationMasters: ContentRule = {
  name: 'translation-masters',
  check: ({ entries, translations }) =>
    (['services', 'pages'] as const).flatMap((folder) => {
      const masters = new Set(entries[folder].map((entry) => entry.id));
      const extension = CONTENT_MODEL[folder].extensions[0];
      const what = WHAT[folder];
      return [...translations[folder]].flatMap(([locale, group]) =>
        group
          .filter(({ id }) => !masters.has(id))
          .map(({ id, source }): ContentIssue => {
            const close = similarIds(id, masters);
            return {
              file: source.file,
              line: 1,
              field: '(tunniste)',
              severity: 'error',
              message: `Käännökseltä puuttuu suomenkielinen ${what} content/${folder}/${id}${extension}. Käännöksen tiedostonimen pitää olla sama kuin suomenkielisen${close.length > 0 ? ` (lähellä: ${close.join(', ')})` : ''}; lisää ensin suomenkielinen ${what} tai korjaa nimi. (Kieli: ${locale}.)`,
            };
          }),
      );
    }),
};
