// The history's coded values (routes, cost types, channel types, confirmation) in the reader's language.
import { isUiKey, type Translate } from '../../i18n/index.ts';
import { formatDate } from '../dates.ts';
import type { HistoryLabels } from './changes.ts';

/** A key that exists, or the raw value (an old version may hold a route or type that no longer exists). */
const known = (t: Translate, key: string, raw: string) => (isUiKey(key) ? t(key) : raw);

export function historyLabels(t: Translate, locale: string): HistoryLabels {
  return {
    route: (id) => known(t, `access.${id}`, id),
    cost: (id) => known(t, `cost.${id}`, id),
    channel: (type) => known(t, `channel.${type}`, type),
    confirmed: (role, date) => {
      const parsed = new Date(`${date}T00:00:00Z`);
      return t('service.confirmed', { role, date: Number.isNaN(parsed.getTime()) ? date : formatDate(parsed, locale) });
    },
    unconfirmed: t('review.unconfirmed'),
  };
}
