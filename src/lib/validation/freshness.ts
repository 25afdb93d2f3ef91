// The freshness report (`npm run report:freshness`): services by what needs attention (unconfirmed
// first, then the oldest check), with the owner who should check them. Text for a terminal, Markdown for
// a pull-request comment.
import type { ServiceData } from '../../schemas/service.ts';
import { formatDate, isStale } from '../dates.ts';
import { byAttention, lastChecked } from '../review/attention.ts';
import type { ParsedEntry } from './parse-entry.ts';

export interface FreshnessRow {
  id: string;
  file: string;
  title: string;
  owner: string;
  status: ServiceData['status'];
  draft: boolean;
  lastReviewed: Date;
  /** With status vahvistettu: the owner's confirmation date. */
  confirmedOn?: Date | undefined;
  /** Whole days since the review. */
  ageDays: number;
  /** Older than 12 months: shown first and flagged. */
  stale: boolean;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Rows sorted by attention: unconfirmed first, then the oldest check (review or confirmation), then by title. */
export function freshnessRows(
  services: readonly ParsedEntry<
    Pick<ServiceData, 'title' | 'owner' | 'status' | 'draft' | 'lastReviewed'> & { confirmedOn?: Date | undefined }
  >[],
  now: Date = new Date(),
): FreshnessRow[] {
  return services
    .map(({ id, source, data }) => ({
      id,
      file: source.file,
      title: data.title,
      owner: data.owner,
      status: data.status,
      draft: data.draft,
      lastReviewed: data.lastReviewed,
      confirmedOn: data.confirmedOn,
      ageDays: Math.max(0, Math.floor((now.getTime() - lastChecked(data).getTime()) / DAY_MS)),
      stale: isStale(lastChecked(data), now),
    }))
    .sort(byAttention);
}

function headline(rows: readonly FreshnessRow[], now: Date): string {
  const stale = rows.filter((row) => row.stale).length;
  return `${rows.length} ${rows.length === 1 ? 'palvelu' : 'palvelua'}, joista ${stale} tarkistettu yli 12 kuukautta sitten (tilanne ${formatDate(now)}).`;
}

const flags = (row: FreshnessRow) =>
  [
    row.status === 'tarkistettava' ? 'tarkistettava' : row.confirmedOn ? `vahvistettu ${formatDate(row.confirmedOn)}` : '',
    row.draft ? 'luonnos' : '',
  ]
    .filter(Boolean)
    .join(', ');

/** Plain text for the terminal: the stale services under their own heading, then the rest. */
export function freshnessText(rows: readonly FreshnessRow[], now: Date = new Date(), skipped = 0): string {
  const line = (row: FreshnessRow) =>
    `  ${formatDate(row.lastReviewed).padStart(10)}  ${`${row.ageDays} pv`.padStart(7)}  ${row.title} — ${row.owner}${flags(row) ? ` [${flags(row)}]` : ''}\n${' '.repeat(23)}${row.file}`;
  const stale = rows.filter((row) => row.stale);
  const fresh = rows.filter((row) => !row.stale);
  const parts = [`Palvelutietojen tuoreus: ${headline(rows, now)}`];
  parts.push(
    '',
    'Tarkistettu yli 12 kuukautta sitten (tarkista ja päivitä lastReviewed):',
    ...(stale.length > 0 ? stale.map(line) : ['  ei yhtään']),
  );
  if (fresh.length > 0)
    parts.push('', 'Tarkistettu viimeisen 12 kuukauden aikana (vahvistamattomat ensin, sitten vanhin):', ...fresh.map(line));
  if (skipped > 0) parts.push('', `${skipped} palvelutiedostoa jäi pois, koska niissä on virheitä (katso npm run validate).`);
  return `${parts.join('\n')}\n`;
}

/** Markdown cell: no line breaks, and | would end the cell. */
const cell = (value: string) => value.replace(/\s+/g, ' ').replace(/\|/g, '\\|');

/** Markdown for a pull-request comment: one table, stale rows first and marked. */
export function freshnessMarkdown(rows: readonly FreshnessRow[], now: Date = new Date(), skipped = 0): string {
  const lines = [
    '## Palvelutietojen tuoreus',
    '',
    headline(rows, now),
    '',
    '| Tarkistettu | Ikä | Palvelu | Ylläpitäjä | Huom. | Tiedosto |',
    '| --- | ---: | --- | --- | --- | --- |',
    ...rows.map(
      (row) =>
        `| ${row.stale ? `**${formatDate(row.lastReviewed)}** (yli 12 kk)` : formatDate(row.lastReviewed)} | ${row.ageDays} pv | ${cell(row.title)} | ${cell(row.owner)} | ${cell(flags(row))} | \`${cell(row.file)}\` |`,
    ),
  ];
  if (rows.length === 0) lines.push('| – | – | Ei palveluja | – | – | – |');
  if (skipped > 0) lines.push('', `${skipped} palvelutiedostoa jäi pois, koska niissä on virheitä (katso \`npm run validate\`).`);
  return `${lines.join('\n')}\n`;
}
