// The two actions of a review packet, per service: "Tiedot ovat oikein" and "Tiedoissa on
// korjattavaa". Each opens the site's feedback channel (site.yaml `feedback`: an issue form, else
// e-mail) prefilled with the service, its owner and the date, so the editors can record the
// confirmation or make the change. Nothing about the person answering is ever filled in: the
// confirmer writes a role, and the texts ask for one.
import type { SiteSettings } from '../../schemas/site.ts';
import { formatDate, isoDate } from '../dates.ts';
import { feedbackUrl } from '../feedback.ts';

export interface ReviewSubject {
  id: string;
  title: string;
  owner: string;
  /** Full address of the service's public page. */
  pageUrl: string;
  /** When the details were last checked (shown so the owner knows which version they read). */
  lastChecked: Date;
}

export interface ReviewActions {
  confirm: string;
  correct: string;
}

/** The lines both messages start with: which service, whose, which version, when. */
function subjectLines(subject: ReviewSubject, today: Date): string[] {
  return [
    `Palvelu: ${subject.title} (${subject.id})`,
    `Sivu: ${subject.pageUrl}`,
    `Sisällön ylläpitäjä: ${subject.owner}`,
    `Tiedot tarkistettu viimeksi: ${formatDate(subject.lastChecked)}`,
    `Päivä: ${formatDate(today)} (${isoDate(today)})`,
  ];
}

export function reviewActions(site: Pick<SiteSettings, 'feedback'>, subject: ReviewSubject, today: Date = new Date()): ReviewActions {
  const lines = subjectLines(subject, today);
  const confirm = [
    ...lines,
    '',
    'Tiedot ovat oikein.',
    '',
    'Vahvistajan rooli tai yksikkö (ei henkilön nimeä), esimerkiksi palveluvastaava:',
    '',
  ].join('\n');
  const correct = [
    ...lines,
    '',
    'Tiedoissa on korjattavaa. Mikä pitää korjata (yhteystiedot, aukioloajat, miten palveluun pääsee, hinta, muu)?',
    '',
    'Älä kirjoita asiakkaiden tietoja. Kerro tekijästä vain rooli tai yksikkö.',
    '',
  ].join('\n');
  return {
    confirm: feedbackUrl(site, { title: `Tiedot ovat oikein: ${subject.title} (${subject.owner})`, body: confirm }),
    correct: feedbackUrl(site, { title: `Tiedoissa on korjattavaa: ${subject.title} (${subject.owner})`, body: correct }),
  };
}
