// References between entries point to ids that exist: a service's provider and related services,
// a path's services, a model's path, and what site.yaml names. Read from the raw data, so they are
// checked even where the schema failed.
import { ID_PATTERN } from '../../../schemas/common.ts';
import { similarIds } from '../field-names.ts';
import { formatFieldPath, type ContentIssue } from '../issues.ts';
import { rawString, rawStrings } from '../parse-entry.ts';
import type { SourceFile } from '../source-file.ts';
import type { ContentRule } from '../content-context.ts';

const ids = (entries: readonly { id: string }[]) => new Set(entries.map((entry) => entry.id));

export const serviceReferences: ContentRule = {
  name: 'service-references',
  check: ({ entries }) => {
    const providerIds = ids(entries.providers);
    const serviceIds = ids(entries.services);
    return entries.services.flatMap(({ id, source, raw }) => {
      const issues: ContentIssue[] = [];
      const provider = rawString(raw, 'provider');
      if (provider !== undefined)
        issues.push(...checkReference(source, ['provider'], provider, providerIds, 'Toimija', 'content/providers'));
      rawStrings(raw, 'related').forEach((target, index) => {
        if (target === undefined) return;
        issues.push(...checkReference(source, ['related', index], target, serviceIds, 'Liittyvä palvelu', 'content/services'));
        if (target === id) {
          issues.push({
            file: source.file,
            line: source.lineOf(['related', index]),
            field: `related[${index}]`,
            severity: 'error',
            message: 'Palvelu viittaa itseensä. Poista oma tunniste liittyvistä palveluista.',
          });
        }
      });
      return issues;
    });
  },
};

/** Professionals: service paths point to services; operating models point to paths. */
export const professionalReferences: ContentRule = {
  name: 'professional-references',
  check: ({ entries }) => {
    const serviceIds = ids(entries.services);
    const pathIds = ids(entries.paths);
    const pathIssues = entries.paths.flatMap(({ source, raw }) => {
      const issues: ContentIssue[] = [];
      const service = rawString(raw, 'service');
      if (service !== undefined) issues.push(...checkReference(source, ['service'], service, serviceIds, 'Palvelu', 'content/services'));
      const exits = Array.isArray(raw['exits']) ? (raw['exits'] as unknown[]) : [];
      exits.forEach((exit, exitIndex) => {
        if (exit === null || typeof exit !== 'object') return;
        rawStrings(exit as Record<string, unknown>, 'next').forEach((target, index) => {
          if (target !== undefined)
            issues.push(...checkReference(source, ['exits', exitIndex, 'next', index], target, serviceIds, 'Palvelu', 'content/services'));
        });
      });
      return issues;
    });
    const modelIssues = entries.models.flatMap(({ source, raw }) => {
      const path = rawString(raw, 'path');
      return path === undefined ? [] : checkReference(source, ['path'], path, pathIds, 'Palvelupolku', 'content/paths');
    });
    return [...pathIssues, ...modelIssues];
  },
};

/**
 * What site.yaml names exists: the organisation among the providers, and what the region features
 * (front page, checklist, support-plan model) on the published site — a draft has no page.
 */
export const siteReferences: ContentRule = {
  name: 'site-references',
  check: ({ entries, site, siteSource }) => {
    if (!site || !siteSource) return [];
    const issues = checkReference(
      siteSource,
      ['organisationProvider'],
      site.organisationProvider,
      ids(entries.providers),
      'Toimija',
      'content/providers',
    );
    const published = ids(entries.services.filter((service) => service.raw['draft'] !== true));
    for (const key of ['startHere', 'checklistNextSteps'] as const) {
      site[key].forEach((target, index) => {
        issues.push(...checkReference(siteSource, [key, index], target, published, 'Julkaistu palvelu', 'content/services'));
      });
    }
    if (site.supportPlanModel !== undefined) {
      issues.push(
        ...checkReference(siteSource, ['supportPlanModel'], site.supportPlanModel, ids(entries.models), 'Toimintamalli', 'content/models'),
      );
    }
    return issues;
  },
};

/** A reference (provider, related service …) to an id that does not exist. */
export function checkReference(
  source: SourceFile,
  path: readonly PropertyKey[],
  target: string,
  known: ReadonlySet<string>,
  what: string,
  folder: string,
): ContentIssue[] {
  // A malformed id is already reported by the schema; a second "not found" would only be noise.
  if (known.has(target) || !ID_PATTERN.test(target)) return [];
  const close = similarIds(target, known);
  return [
    {
      file: source.file,
      line: source.lineOf(path),
      field: formatFieldPath(path),
      severity: 'error',
      message: `${what} "${target}" ei löydy kansiosta ${folder}. Tarkista tunniste${close.length > 0 ? ` (lähellä: ${close.join(', ')})` : ''} tai lisää puuttuva tiedosto.`,
    },
  ];
}
