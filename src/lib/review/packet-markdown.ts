// A review packet as Markdown (for a pull request or an e-mail) and as plain text (for the
// terminal): the same facts in the same order as the packet page.
import { useTranslations, type Translate } from '../../i18n/index.ts';
import type { SiteSettings } from '../../schemas/site.ts';
import type { ServiceLinks } from '../channels.ts';
import { formatDate } from '../dates.ts';
import { reviewActions } from './actions.ts';
import { packetFacts, type PacketFacts, type PacketSource, type ReviewPacket } from './packets.ts';

export interface PacketContext {
  site: Pick<SiteSettings, 'feedback'>;
  /** Full address of a service's public page. */
  pageUrl: (id: string) => string;
  today: Date;
  links?: ServiceLinks | undefined;
  t?: Translate | undefined;
}

/** "Vahvistanut: palveluvastaava, 2.12.2026" or "Odottaa ylläpitäjän vahvistusta". */
export function verificationLine(facts: PacketFacts): string {
  return facts.verification.confirmed
    ? `Vahvistanut: ${facts.verification.by}, ${formatDate(facts.verification.on)}`
    : 'Odottaa ylläpitäjän vahvistusta (koottu julkisista lähteistä)';
}

/** "3 palvelua, joista 2 odottaa vahvistusta." */
export function packetSummary(packet: ReviewPacket): string {
  const count = packet.services.length;
  return `${count} ${count === 1 ? 'palvelu' : 'palvelua'}, joista ${packet.unconfirmed} odottaa vahvistusta.`;
}

const INSTRUCTIONS =
  'Lue jokaisen palvelun tiedot. Jos ne ovat oikein, valitse "Tiedot ovat oikein". Jos jotain pitää korjata, valitse "Tiedoissa on korjattavaa" ja kerro mitä. Kirjoita vahvistajaksi rooli tai yksikkö, ei henkilön nimeä.';

/** Markdown: no line breaks inside an item, and nothing that would start a heading or a list. */
const inline = (value: string) => value.replace(/\s+/g, ' ').trim();
const list = (items: readonly string[], empty: string) =>
  items.length > 0 ? items.map((item) => `  - ${inline(item)}`) : [`  - ${empty}`];

function serviceFacts(packet: ReviewPacket, context: PacketContext): { service: PacketSource; facts: PacketFacts }[] {
  const t = context.t ?? useTranslations('fi');
  return packet.services.map((service) => ({ service, facts: packetFacts(service, t, context.links) }));
}

export function packetMarkdown(packet: ReviewPacket, context: PacketContext): string {
  const lines = [
    `# Tarkistuspaketti: ${inline(packet.owner)}`,
    '',
    `${packetSummary(packet)} Tilanne ${formatDate(context.today)}.`,
    '',
    INSTRUCTIONS,
  ];
  serviceFacts(packet, context).forEach(({ facts }, index) => {
    const actions = reviewActions(context.site, { ...facts, owner: packet.owner, pageUrl: context.pageUrl(facts.id) }, context.today);
    lines.push(
      '',
      `## ${index + 1}. ${inline(facts.title)}`,
      '',
      `- **Tila:** ${verificationLine(facts)}`,
      `- **Sivu:** ${context.pageUrl(facts.id)}`,
      `- **Kenelle:** ${inline(facts.forWhom)}`,
      '- **Miten palveluun pääsee:**',
      ...list(facts.access, 'ei merkitty'),
      '- **Yhteystiedot:**',
      ...list(facts.contacts, 'ei merkitty'),
      '- **Aukioloajat:**',
      ...list(facts.hours, 'ei merkitty'),
      `- **Hinta:** ${inline(facts.cost)}`,
      `- **Tiedot tarkistettu:** ${formatDate(facts.lastChecked)}`,
      '',
      `[Tiedot ovat oikein](${actions.confirm}) · [Tiedoissa on korjattavaa](${actions.correct})`,
    );
  });
  return `${lines.join('\n')}\n`;
}

export function packetText(packet: ReviewPacket, context: PacketContext): string {
  const lines = [`Tarkistuspaketti: ${packet.owner}`, `${packetSummary(packet)} Tilanne ${formatDate(context.today)}.`];
  const indent = (items: readonly string[]) => (items.length > 0 ? items.map((item) => `      ${inline(item)}`) : ['      ei merkitty']);
  serviceFacts(packet, context).forEach(({ facts }, index) => {
    lines.push(
      '',
      `  ${index + 1}. ${facts.title} (${facts.id})`,
      `     Tila: ${verificationLine(facts)}`,
      `     Sivu: ${context.pageUrl(facts.id)}`,
      `     Kenelle: ${inline(facts.forWhom)}`,
      '     Miten palveluun pääsee:',
      ...indent(facts.access),
      '     Yhteystiedot:',
      ...indent(facts.contacts),
      '     Aukioloajat:',
      ...indent(facts.hours),
      `     Hinta: ${inline(facts.cost)}`,
      `     Tiedot tarkistettu: ${formatDate(facts.lastChecked)}`,
    );
  });
  return `${lines.join('\n')}\n`;
}
