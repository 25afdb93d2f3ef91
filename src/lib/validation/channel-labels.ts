// A link label must not promise more than the page gives. A `web` channel that leads to an
// organisation's front page ("https://www.ekhva.fi/" — path "/" only) is labelled as what it is,
// "… verkkosivut", so a reader knows they will have to look further; the access text says what to
// ask for there. Labels such as "– vammaispalvelujen yhteystiedot" on a front page get a warning.
import { formatFieldPath, type ContentIssue } from './issues.ts';
import type { SourceFile } from './source-file.ts';

/** The label words that honestly name a front page. */
const FRONT_PAGE_LABEL = /(verkkosivut|verkkosivusto|etusivu)$/i;

export function isFrontPage(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.pathname === '/' || parsed.pathname === '') && parsed.search === '' && parsed.hash === '';
  } catch {
    return false;
  }
}

export function checkFrontPageLabels(source: SourceFile, raw: Record<string, unknown>): ContentIssue[] {
  const channels = Array.isArray(raw['channels']) ? (raw['channels'] as unknown[]) : [];
  return channels.flatMap((channel, index): ContentIssue[] => {
    if (channel === null || typeof channel !== 'object') return [];
    const { type, url, label } = channel as Record<string, unknown>;
    if (type !== 'web' || typeof url !== 'string' || typeof label !== 'string' || !isFrontPage(url)) return [];
    if (FRONT_PAGE_LABEL.test(label.trim())) return [];
    const path = ['channels', index, 'label'];
    return [
      {
        file: source.file,
        line: source.lineOf(path),
        field: formatFieldPath(path),
        severity: 'warning',
        message: `Linkki vie organisaation etusivulle (${url}), mutta nimi "${label}" lupaa tarkempaa tietoa. Anna linkille nimi, joka kertoo, mikä sivu on (esimerkiksi "Hyvinvointialueen verkkosivut"), ja kerro pääsyreitin tekstissä, mitä sieltä kannattaa kysyä. Jos löydät palvelun oman sivun, käytä sitä.`,
      },
    ];
  });
}
