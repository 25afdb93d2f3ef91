// /ammattilaisille/lista/: the chosen list's page holds, for its script, what the printout and the
// messages say in every published language (the handout's title and "from" line with the
// region's name in that language, the message texts), so a list can be printed in two languages.
import type * as ContentQueries from '../content.ts';
import { useTranslations } from '../i18n/index.ts';
import { PUBLISHED_LOCALES, type Locale } from '../i18n/locales.ts';
import { regionName } from '../lib/region.ts';

export interface ChosenListTexts {
  title: string;
  from: string;
  date: string;
  intro: string;
  link: string;
  more: string;
  subject: string;
}

export interface ChosenListRouteData {
  /** The printout's and messages' texts by language. */
  languages: Partial<Record<Locale, ChosenListTexts>>;
}

export async function chosenListRouteData(source: Pick<typeof ContentQueries, 'getSite'>): Promise<ChosenListRouteData> {
  const site = await source.getSite();
  const siteHost = new URL(site.siteUrl).host;
  const languages = Object.fromEntries(
    PUBLISHED_LOCALES.map((code) => {
      const tc = useTranslations(code);
      return [
        code,
        {
          title: tc('referral.handout.title'),
          from: tc('referral.handout.from', { site: tc('site.name'), region: regionName(site, code), address: siteHost }),
          date: tc('referral.handout.date'),
          intro: tc('list.message.intro'),
          link: tc('list.message.link'),
          more: tc('list.message.more'),
          subject: tc('list.message.subject'),
        },
      ];
    }),
  );
  return { languages };
}
