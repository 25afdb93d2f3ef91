// The life areas are fixed: exactly the seven ids of the schema, each with its own file.
import { AREA_IDS } from '../../../schemas/area.ts';
import { WHOLE_FILE } from '../issues.ts';
import type { ContentRule } from '../content-context.ts';

export const areaIds: ContentRule = {
  name: 'area-ids',
  check: ({ entries, fileInContent }) => {
    const present = new Set(entries.areas.map((area) => area.id));
    const unknown = entries.areas
      .filter((area) => !(AREA_IDS as readonly string[]).includes(area.id))
      .map((area) => ({
        file: area.source.file,
        line: 1,
        field: '(tunniste)',
        severity: 'error' as const,
        message: `Elämänalueita on tasan seitsemän: ${AREA_IDS.join(', ')}. Tiedostonimi "${area.id}" ei ole yksi niistä.`,
      }));
    const missing = AREA_IDS.filter((id) => !present.has(id)).map((id) => ({
      file: fileInContent(`areas/${id}.yaml`),
      field: WHOLE_FILE,
      severity: 'error' as const,
      message: `Elämänalue "${id}" puuttuu. Lisää tiedosto ${id}.yaml.`,
    }));
    return [...unknown, ...missing];
  },
};
