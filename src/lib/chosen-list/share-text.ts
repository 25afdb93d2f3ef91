// What the chosen list says when it leaves the page: a text message, an e-mail and a block for the
// client record. Each keeps the list's address; the message texts stay within a length a phone and
// a mail program accept, dropping services from the end (with "+N more on the list") rather than the link.
import type { HandoutEntry } from '../handout/entry.ts';

/** Three concatenated SMS segments of GSM-7 text are 459 characters; leave room for the app's own additions. */
export const SMS_LIMIT = 420;
/** A mailto: address of about 2,000 characters opens everywhere; the body is encoded, so keep it well below. */
export const EMAIL_LIMIT = 1200;

export interface MessageStrings {
  /** "Palveluja sinulle:" */
  intro: string;
  /** "Lista" (before the address). */
  link: string;
  /** "+{count} muuta listalla" */
  more: string;
}

export interface NotesStrings {
  /** "Ohjattu palveluihin {date}:" */
  heading: string;
  access: string;
  contact: string;
  page: string;
}

const fill = (template: string, vars: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));

/**
 * Blocks of text between a fixed start and end, as many as fit in `limit` characters (joined with
 * newlines). When one does not fit, a "+N more" line takes the place of the rest.
 */
function fitBlocks(start: string, blocks: readonly string[], end: string, more: string, limit: number): string {
  const lines = [start];
  const length = (extra: readonly string[]) => [...lines, ...extra, end].join('\n').length;
  for (const [index, block] of blocks.entries()) {
    const left = blocks.length - index - 1;
    const reserve = left > 0 ? [fill(more, { count: left })] : [];
    if (length([block, ...reserve]) <= limit) {
      lines.push(block);
      continue;
    }
    const rest = fill(more, { count: blocks.length - index });
    if (length([rest]) <= limit) lines.push(rest);
    break;
  }
  const text = [...lines, end].join('\n');
  // An address longer than the limit itself still goes out whole: without it the message is useless.
  return text.length <= limit ? text : end;
}

/** The text message: "1. Name – 029 …" per service, then the list's address. */
export function smsBody(entries: readonly HandoutEntry[], url: string, strings: MessageStrings, limit = SMS_LIMIT): string {
  const blocks = entries.map((entry, index) => `${index + 1}. ${entry.title.text}${entry.contact ? ` – ${entry.contact}` : ''}`);
  return fitBlocks(strings.intro, blocks, `${strings.link}: ${url}`, strings.more, limit);
}

/** The e-mail: per service its name, whether one can get in directly and how, then the address. */
export function emailBody(entries: readonly HandoutEntry[], url: string, strings: MessageStrings, limit = EMAIL_LIMIT): string {
  const blocks = entries.map((entry, index) =>
    [
      `${index + 1}. ${entry.title.text}`,
      `   ${entry.card.headline}`,
      ...entry.card.actions.map((action) => `   ${action.verb}: ${action.target.text}`),
    ].join('\n'),
  );
  return fitBlocks(`${strings.intro}\n`, blocks, `\n${strings.link}: ${url}`, strings.more, limit);
}

/** The block for the client record: the date, each service with how to get in and its contacts, the address. */
export function caseNotes(entries: readonly HandoutEntry[], url: string, date: string, strings: NotesStrings): string {
  const blocks = entries.map((entry, index) => {
    const access = [entry.card.headline, entry.card.via].filter(Boolean).join(' ');
    const contacts = entry.card.actions.map((action) => action.target.text).join(' · ');
    return [
      `${index + 1}. ${entry.title.text}`,
      `   ${strings.access}: ${access}`,
      ...(contacts ? [`   ${strings.contact}: ${contacts}`] : []),
    ].join('\n');
  });
  return [fill(strings.heading, { date }), ...blocks, `${strings.page}: ${url}`].join('\n');
}

/** sms: link with a body (RFC 5724); phones open their messaging app with the text filled in. */
export function smsHref(body: string): string {
  return `sms:?body=${encodeURIComponent(body)}`;
}

export function mailtoHref(subject: string, body: string): string {
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
