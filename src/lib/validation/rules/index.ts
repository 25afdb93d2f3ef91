// The validator's rules, in one list: `npm run validate`, the build's content guard and the tests
// run exactly these. Each reads the parsed content (../content-context.ts) and returns its problems.
import type { ContentRule } from '../content-context.ts';
import { areaIds } from './areas.ts';
import { frontPageLabels, serviceChannels } from './channels.ts';
import { contactSources } from './contact-sources.ts';
import { uniqueIdsAndTitles } from './duplicates.ts';
import { bodyLinks } from './body-links.ts';
import { fileIds } from './file-ids.ts';
import { mdxCompiles } from './mdx-body.ts';
import { noFiller } from './filler.ts';
import { serviceMunicipalities } from './municipalities.ts';
import { professionalReferences, serviceReferences, siteReferences } from './references.ts';
import { requiredPages } from './required-pages.ts';
import { plainSummary, serviceBody, serviceBodyHeadings, serviceFreshness, serviceKeywords } from './service-text.ts';
import { translationMasters } from './translations.ts';

export const CONTENT_RULES: readonly ContentRule[] = [
  fileIds,
  mdxCompiles,
  bodyLinks,
  areaIds,
  uniqueIdsAndTitles,
  serviceReferences,
  professionalReferences,
  siteReferences,
  serviceMunicipalities,
  noFiller,
  serviceKeywords,
  serviceFreshness,
  serviceBody,
  serviceBodyHeadings,
  plainSummary,
  frontPageLabels,
  serviceChannels,
  translationMasters,
  requiredPages,
  contactSources,
];
