// A service's municipalities are the region's own (site.yaml), "koko alue" or "valtakunnallinen".
import { NATIONAL, WHOLE_REGION } from '../../../schemas/service.ts';
import type { ContentIssue } from '../issues.ts';
import { rawStrings } from '../parse-entry.ts';
import type { SourceFile } from '../source-file.ts';
import type { ContentRule } from '../content-context.ts';

export const serviceMunicipalities: ContentRule = {
  name: 'service-municipalities',
  check: ({ entries, site }) =>
    site
      ? entries.services.flatMap(({ source, raw }) => checkMunicipalities(source, rawStrings(raw, 'municipalities'), site.municipalities))
      : [],
};

/** Municipalities must be the region's own, "koko alue" or "valtakunnallinen". */
export function checkMunicipalities(
  source: SourceFile,
  values: readonly (string | undefined)[],
  regionMunicipalities: readonly string[],
): ContentIssue[] {
  const allowed = new Set([...regionMunicipalities, WHOLE_REGION, NATIONAL]);
  return values.flatMap((value, index) =>
    value === undefined || allowed.has(value)
      ? []
      : [
          {
            file: source.file,
            line: source.lineOf(['municipalities', index]),
            field: `municipalities[${index}]`,
            severity: 'error' as const,
            message: `Tuntematon kunta "${value}". Käytä alueen kuntia (${regionMunicipalities.join(', ')}), "${WHOLE_REGION}" tai "${NATIONAL}".`,
          },
        ],
  );
}
