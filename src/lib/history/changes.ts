// A service's public change history: from its committed versions, the dated changes to the facts a
// client relies on (contacts, hours, how to get in, cost) and to its confirmation. Pure; tolerant
// of old versions that would not pass today's schema (a field it cannot read counts as empty).
import { parse } from 'yaml';

export const HISTORY_FACTS = ['contacts', 'hours', 'access', 'cost', 'status'] as const;
export type HistoryFact = (typeof HISTORY_FACTS)[number];

/** One fact that changed: the items it had before and has now that the other side lacks. */
export interface FactChange {
  fact: HistoryFact;
  before: string[];
  after: string[];
}

export interface HistoryEntry {
  date: Date;
  /** The first version: the service was added. */
  added: boolean;
  changes: FactChange[];
}

/** Readable names for the coded values, in the reader's language (ids pass through when a label is missing). */
export interface HistoryLabels {
  route: (id: string) => string;
  cost: (id: string) => string;
  channel: (type: string) => string;
  confirmed: (role: string, date: string) => string;
  unconfirmed: string;
}

type Facts = Record<HistoryFact, string[]>;

/** The YAML between the first two `---` lines, or undefined when there is none or it does not parse. */
export function frontmatterOf(text: string): Record<string, unknown> | undefined {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  if (!match) return undefined;
  try {
    const data: unknown = parse(match[1] ?? '');
    return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const record = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const str = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return undefined;
};
const list = (value: unknown): Record<string, unknown>[] => (Array.isArray(value) ? value.map(record) : []);
const join = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' ');

function channelValue(channel: Record<string, unknown>): string | undefined {
  switch (channel['type']) {
    case 'phone':
      return str(channel['number']);
    case 'email':
      return str(channel['address']);
    case 'address':
      return [str(channel['street']), join(str(channel['postalCode']), str(channel['city']))].filter(Boolean).join(', ');
    case 'service':
      return str(channel['service']);
    default:
      return str(channel['url']);
  }
}

/** The client-relevant facts of one version, as comparable readable lines. */
export function factsOf(data: Record<string, unknown>, labels: HistoryLabels): Facts {
  const channels = list(data['channels']);
  const name = (channel: Record<string, unknown>) => str(channel['label']) ?? labels.channel(str(channel['type']) ?? '');
  const cost = typeof data['cost'] === 'string' ? { type: data['cost'] } : record(data['cost']);
  const costType = str(cost['type']);
  const confirmed = data['status'] === 'vahvistettu' && str(data['confirmedBy']) && str(data['confirmedOn']);
  return {
    contacts: channels.flatMap((channel) => {
      const value = channelValue(channel);
      return value
        ? [`${labels.channel(str(channel['type']) ?? '')}: ${value}${str(channel['label']) ? ` (${str(channel['label'])})` : ''}`]
        : [];
    }),
    hours: channels.flatMap((channel) => (str(channel['hours']) ? [`${name(channel)}: ${str(channel['hours'])}`] : [])),
    access: list(data['access']).flatMap((route) => {
      const id = str(route['route']);
      return id ? [`${labels.route(id)}: ${str(route['text']) ?? ''}`.trim()] : [];
    }),
    cost: costType ? [`${labels.cost(costType)}${str(cost['text']) ? ` – ${str(cost['text'])}` : ''}`] : [],
    status: [confirmed ? labels.confirmed(str(data['confirmedBy']) ?? '', str(data['confirmedOn']) ?? '') : labels.unconfirmed],
  };
}

/** Lines in `a` that `b` lacks, in `a`'s order. */
const minus = (a: readonly string[], b: readonly string[]) => a.filter((item) => !b.includes(item));

function diff(before: Facts, after: Facts): FactChange[] {
  return HISTORY_FACTS.flatMap((fact) => {
    const removed = minus(before[fact], after[fact]);
    const added = minus(after[fact], before[fact]);
    return removed.length > 0 || added.length > 0 ? [{ fact, before: removed, after: added }] : [];
  });
}

/**
 * The history of one service, newest first: its addition, then every version whose client-relevant
 * facts differ from the previous readable version. Versions without readable frontmatter are skipped.
 * Edits to other fields (texts, keywords) are not listed: they are not facts a referral depends on.
 * `partial` (a shallow clone): the oldest version known is where the clone starts, not when the
 * service was added, so it is not listed as the addition.
 */
export function serviceHistory(
  versions: readonly { date: Date; text: string }[],
  labels: HistoryLabels,
  { partial = false }: { partial?: boolean } = {},
): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  let previous: Facts | undefined;
  for (const version of versions) {
    const data = frontmatterOf(version.text);
    if (!data) continue;
    const facts = factsOf(data, labels);
    if (!previous) {
      if (!partial) entries.push({ date: version.date, added: true, changes: [] });
    } else {
      const changes = diff(previous, facts);
      if (changes.length > 0) entries.push({ date: version.date, added: false, changes });
    }
    previous = facts;
  }
  return entries.reverse();
}
