// One service as the chosen-list page shows and prints it, in one language: name, summary, the
// "how to get in" card and the page address. Built at build time into /api/lista/<id>.json (one
// small file per service, every published language), so the list page fetches only what is chosen.
import { servicePath } from '../routes.ts';
import type { Translate } from '../../i18n/index.ts';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales.ts';
import type { ServiceLinks } from '../channels.ts';
import type { ServiceData } from '../../schemas/service.ts';
import type { ServiceTranslationData } from '../../schemas/translation.ts';
import { serviceText } from '../localise.ts';
import { accessCard, type AccessCard } from './access-card.ts';
import { hasForeignPart, part, type Part } from './parts.ts';

export interface HandoutEntry {
  locale: Locale;
  title: Part;
  summary: Part;
  card: AccessCard;
  /** The service page in this language, as a root-relative path. */
  path: string;
  /** "Lisätietoa: <host>/palvelu/<id>/" in this language. */
  more: string;
  /** The one contact a text message names: the phone number, else the web address, else the first contact. */
  contact?: string | undefined;
  /** A short note in this language when some of the text is only in Finnish. */
  fiOnly?: string | undefined;
}

/** The file /api/lista/<id>.json: the service in every published language. */
export interface ListEntryFile {
  id: string;
  entries: Partial<Record<Locale, HandoutEntry>>;
}

export interface EntryInput {
  id: string;
  data: ServiceData;
  translation?: ServiceTranslationData | undefined;
  locale: Locale;
  t: Translate;
  links: ServiceLinks;
  siteHost: string;
}

export function handoutEntry({ id, data, translation, locale, t, links, siteHost }: EntryInput): HandoutEntry {
  const text = serviceText(data, locale, translation);
  const card = accessCard({ data, translatedBring: translation?.bring, locale, t, links });
  const path = servicePath(locale, id);
  const title = part(text.title, text.lang, locale);
  const summary = part(text.summary, text.lang, locale);
  const phone = card.actions.find((action) => action.href?.startsWith('tel:'));
  const web = card.actions.find((action) => action.href?.startsWith('http'));
  const foreign = hasForeignPart([title, summary, card.note, card.bring?.text, ...card.actions.map((action) => action.target)]);
  return {
    locale,
    title,
    summary,
    card,
    path,
    more: t('referral.handout.more', { address: `${siteHost}${path}` }),
    contact: (phone ?? web ?? card.actions[0])?.target.text,
    fiOnly: foreign && locale !== DEFAULT_LOCALE ? t('list.fiOnly') : undefined,
  };
}
