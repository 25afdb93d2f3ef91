// No filler from the seed mock-up, lorem ipsum or the service template's placeholders is published.
import { checkFiller, rawString } from '../check-entries.ts';
import type { ContentRule } from '../content-context.ts';

/** Text fields the filler check reads from a service or a translation. */
const SERVICE_TEXTS = ['title', 'summary', 'forWhom', 'duration', 'plainSummary', 'bring'] as const;

const texts = (raw: Record<string, unknown>) => SERVICE_TEXTS.map((key) => rawString(raw, key) ?? '');

export const noFiller: ContentRule = {
  name: 'no-filler',
  check: ({ entries, translations }) => {
    const translated = [...translations.services.values(), ...translations.pages.values()].flat();
    return [
      ...[...entries.services, ...translated].flatMap(({ source, raw }) => checkFiller(source, texts(raw))),
      ...[...entries.paths, ...entries.models, ...entries.pages, ...entries.faq, ...entries.news].flatMap(({ source }) =>
        checkFiller(source, []),
      ),
    ];
  },
};
