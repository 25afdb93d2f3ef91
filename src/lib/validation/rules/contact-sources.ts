// Every contact the content gives has a recorded public source (content/contact-sources.yaml),
// and every recorded contact is still used. The detectors live in ../contact-register.ts.
import { channelContacts, checkContactRegister } from '../contact-register.ts';
import type { ContentRule } from '../content-context.ts';

export const contactSources: ContentRule = {
  name: 'contact-sources',
  check: ({ entries, register, registerFile, texts }) =>
    checkContactRegister({
      register,
      registerFile,
      texts,
      channels: [...entries.services, ...entries.providers].flatMap((entry) => channelContacts(entry.source, entry.raw)),
    }),
};
