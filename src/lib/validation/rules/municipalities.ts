// A service's municipalities are the region's own (site.yaml), "koko alue" or "valtakunnallinen".
import { checkMunicipalities, rawStrings } from '../check-entries.ts';
import type { ContentRule } from '../content-context.ts';

export const serviceMunicipalities: ContentRule = {
  name: 'service-municipalities',
  check: ({ entries, site }) =>
    site
      ? entries.services.flatMap(({ source, raw }) => checkMunicipalities(source, rawStrings(raw, 'municipalities'), site.municipalities))
      : [],
};
