// npm run report:review: one review packet per content owner (their services with the facts a
// client relies on, those needing attention first). `-- --markdown` prints Markdown for a pull
// request or an e-mail; `-- --owner <osoite>` prints one owner's packet (the address part of
// /ammattilaisille/tarkistus/<osoite>/; without a match the known ones are listed).
import { parseArgs } from 'node:util';
import { contentDir } from '../src/content-dir.ts';
import { packetMarkdown, packetSummary, packetText, type PacketContext } from '../src/lib/review/packet-markdown.ts';
import { reviewPackets } from '../src/lib/review/packets.ts';
import { isContentFolder, validateContent } from '../src/node/validation/validate-content.ts';

const { values } = parseArgs({ options: { markdown: { type: 'boolean' }, owner: { type: 'string' } } });
const dir = contentDir();
if (!isContentFolder(dir)) {
  console.error(`Sisältökansiota ${dir} ei löydy. Aja komento projektin juurikansiossa tai tarkista TT_CONTENT_DIR.`);
  process.exit(1);
}

const today = new Date();
const result = validateContent({ contentDir: dir, now: today });
if (!result.site) {
  console.error('content/site.yaml puuttuu tai on virheellinen (katso npm run validate).');
  process.exit(1);
}
const providerNames = new Map(result.providers.map((provider) => [provider.id, provider.data.name]));
const packets = reviewPackets(result.services, (id) => providerNames.get(id));
const siteUrl = result.site.siteUrl;
const context: PacketContext = { site: result.site, today, pageUrl: (id) => new URL(`/palvelu/${id}/`, siteUrl).href };

const chosen = values.owner === undefined ? packets : packets.filter((packet) => packet.slug === values.owner);
if (chosen.length === 0) {
  console.error(
    `Ylläpitäjää "${values.owner}" ei löydy. Tunnetut:\n${packets.map((packet) => `  ${packet.slug}  (${packet.owner})`).join('\n')}`,
  );
  process.exit(1);
}
const render = values.markdown ? packetMarkdown : packetText;
const separator = values.markdown ? '\n---\n\n' : `\n${'='.repeat(72)}\n\n`;
if (values.owner === undefined) {
  const index = packets.map((packet) => `${values.markdown ? '- ' : '  '}${packet.owner}: ${packetSummary(packet)} (${packet.slug})`);
  process.stdout.write(`${values.markdown ? '# Tarkistuspaketit\n\n' : 'Tarkistuspaketit:\n'}${index.join('\n')}\n${separator}`);
}
process.stdout.write(chosen.map((packet) => render(packet, context)).join(separator));
