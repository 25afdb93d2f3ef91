// Links to the feedback channel of the site settings, prefilled so an editor knows what the
// report is about. Prefers an issue form; falls back to e-mail.
import type { SiteSettings } from '../schemas/site.ts';

export interface FeedbackSubject {
  /** Short title, e.g. "Virhe palvelussa: Omaolo-verkkopalvelu". */
  title: string;
  /** Full address of the page the report is about. */
  pageUrl?: string | undefined;
  /** The prefilled message; without it, the page address and the question what is wrong. */
  body?: string | undefined;
}

export function feedbackUrl(site: Pick<SiteSettings, 'feedback'>, subject: FeedbackSubject): string {
  const body = subject.body ?? (subject.pageUrl ? `Sivu: ${subject.pageUrl}\n\nMikä tiedoissa on väärin tai puuttuu?\n` : '');
  if (site.feedback.issueUrl) {
    const url = new URL(site.feedback.issueUrl);
    url.searchParams.set('title', subject.title);
    if (body) url.searchParams.set('body', body);
    return url.href;
  }
  const params = new URLSearchParams({ subject: subject.title, ...(body ? { body } : {}) });
  // URLSearchParams encodes spaces as "+", which mail clients show literally.
  return `mailto:${site.feedback.email ?? ''}?${params.toString().replace(/\+/g, '%20')}`;
}
