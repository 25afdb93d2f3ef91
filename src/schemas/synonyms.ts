// Search synonyms (content/synonyms.yaml): the words people type for a service that its own text
// does not use — "työkkäri" for employment services, "sossu" for social work. Editors extend it;
// the build adds the words to the search index of every service that the group matches.
import { z } from 'astro/zod';
import { text } from './common.ts';

const term = text('hakusana', { max: 60 });

const synonymGroup = z.strictObject({
  /** Words people type. Added to the search index of every service the group matches. */
  words: z
    .array(term, { error: 'Anna sanat (words) luettelona, esimerkiksi [työkkäri, TE-toimisto].' })
    .min(1, { error: 'Ryhmässä pitää olla vähintään yksi sana (words).' }).describe('Sanat, joita ihmiset kirjoittavat hakuun. Ne lisätään hakuun, eivät näy sivulla.'),
  /**
   * Words in a service's name, summary, keywords or provider that tell the group matches it.
   * Without `means` the group is two-way: any of its `words` in a service's text matches.
   */
  means: z
    .array(term, { error: 'Anna tarkoitetut sanat (means) luettelona, esimerkiksi [työllisyyspalvelut].' })
    .min(1, { error: 'Jätä means pois tai anna vähintään yksi sana.' })
    .optional().describe('Sanat palvelun nimessä, kuvauksessa tai hakusanoissa, joiden perusteella ryhmä liittyy palveluun. Ilman näitä ryhmä toimii molempiin suuntiin.'),
});

export const synonymsSchema = z.strictObject({
  /** Synonym groups; the order does not matter. */
  groups: z.array(synonymGroup, { error: 'Anna synonyymiryhmät (groups) luettelona: jokainen ryhmä alkaa rivillä "- words: [...]".' }).describe('Synonyymiryhmät; järjestyksellä ei ole väliä.'),
});

export type SynonymGroup = z.output<typeof synonymGroup>;
export type Synonyms = z.output<typeof synonymsSchema>;
