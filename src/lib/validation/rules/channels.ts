// Rules for the contact channels of services and providers: honest front-page labels, and
// "Kysy lisää" channels that lead to a published service the reader can reach.
import { checkFrontPageLabels } from '../channel-labels.ts';
import { checkReference } from './references.ts';
import { formatFieldPath, type ContentIssue } from '../issues.ts';
import type { SourceFile } from '../source-file.ts';
import type { ContentRule } from '../content-context.ts';

/** Warning: a link to a bare front page says so in its label. */
export const frontPageLabels: ContentRule = {
  name: 'front-page-labels',
  check: ({ entries }) => [...entries.services, ...entries.providers].flatMap(({ source, raw }) => checkFrontPageLabels(source, raw)),
};

/** Every `service` channel of a service or provider leads to a published service with a contact of its own. */
export const serviceChannels: ContentRule = {
  name: 'service-channels',
  check: ({ entries }) => {
    const services = new Map(entries.services.map((service) => [service.id, service.raw]));
    return [
      ...entries.services.flatMap((service) => checkServiceChannels(service.source, service.raw, services, service.id)),
      ...entries.providers.flatMap((provider) => checkServiceChannels(provider.source, provider.raw, services)),
    ];
  },
};

/** The channels of unvalidated data; items that are not objects are left to the schema to report. */
function rawChannels(raw: Record<string, unknown> | undefined): (Record<string, unknown> | undefined)[] {
  const value = raw?.['channels'];
  return Array.isArray(value)
    ? value.map((item) =>
        item !== null && typeof item === 'object' && !Array.isArray(item) ? (item as Record<string, unknown>) : undefined,
      )
    : [];
}

/**
 * A `service` channel sends the reader to another service on this site. That service must exist,
 * be published, not be the entry itself, and have at least one contact of its own; otherwise the
 * reader would end up at a dead end or go round in a circle.
 */
export function checkServiceChannels(
  source: SourceFile,
  raw: Record<string, unknown>,
  services: ReadonlyMap<string, Record<string, unknown>>,
  ownId?: string,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  rawChannels(raw).forEach((channel, index) => {
    const target = channel?.['type'] === 'service' ? channel['service'] : undefined;
    if (typeof target !== 'string') return;
    const path = ['channels', index, 'service'];
    const at = (message: string) =>
      issues.push({ file: source.file, line: source.lineOf(path), field: formatFieldPath(path), severity: 'error', message });
    const known = new Set(services.keys());
    if (!known.has(target)) {
      issues.push(...checkReference(source, path, target, known, 'Palvelu', 'content/services'));
      return;
    }
    const targetRaw = services.get(target);
    if (target === ownId) {
      at(
        'Kanava ohjaa palveluun itseensä. Valitse toinen palvelu, joka osaa kertoa lisää, tai kirjoita järjestäjän oma, varmistettu yhteystieto.',
      );
    } else if (targetRaw?.['draft'] === true) {
      at(
        `Palvelu "${target}" on luonnos (draft: true), joten linkki ei toimisi julkaistulla sivustolla. Valitse julkaistu palvelu tai julkaise ${target} ensin.`,
      );
    } else if (!rawChannels(targetRaw).some((item) => typeof item?.['type'] === 'string' && item['type'] !== 'service')) {
      at(
        `Palvelulla "${target}" ei ole omaa yhteystietoa, vain viittauksia muihin palveluihin, joten lukija ei pääsisi sen kautta eteenpäin. Valitse palvelu, jolla on verkkosivu, puhelinnumero tai muu suora yhteystieto.`,
      );
    }
  });
  return issues;
}
