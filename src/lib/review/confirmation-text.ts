// "Tiedot vahvistanut: <role>, <date>" split into its parts, so the page can mark the role as
// Finnish content (lang="fi" on sv/en pages) and the date as a <time>.
import type { Translate } from '../../i18n/index.ts';
import { formatDate, isoDate } from '../dates.ts';
import type { Verification } from './attention.ts';

export interface ConfirmationText {
  before: string;
  role: string;
  between: string;
  date: string;
  /** VVVV-KK-PP for <time datetime>. */
  datetime: string;
  after: string;
}

const ROLE = '\u0000';
const DATE = '\u0001';

/** The parts of the confirmation line; undefined when the service is not confirmed. */
export function confirmationText(verification: Verification, t: Translate, locale: string): ConfirmationText | undefined {
  if (!verification.confirmed) return undefined;
  const filled = t('service.confirmed', { role: ROLE, date: DATE });
  const [before = '', rest = ''] = filled.split(ROLE);
  const [between = '', after = ''] = rest.split(DATE);
  return { before, role: verification.by, between, date: formatDate(verification.on, locale), datetime: isoDate(verification.on), after };
}
