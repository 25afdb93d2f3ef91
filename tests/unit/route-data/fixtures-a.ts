// Fixture entries shared by the route-data tests of the service, area and provider pages: a Swedish
// translation of the coordinator, and a builder for many services in one area (for paging).
import type { Service } from '../../../src/content-types.ts';
import type { ServiceTranslationData } from '../../../src/schemas/translation.ts';
import { clubhouse, coordinator } from '../../support/export-fixtures.ts';

export const swedishCoordinator: ServiceTranslationData = {
  title: 'Arbetsförmågekoordinator',
  summary: 'Koordinatorn går vid din sida och hjälper dig att reda ut din arbetsförmåga.',
  forWhom: 'För arbetslösa i regionen som behöver stöd.',
  duration: '1–12 månader',
  bring: 'Identitetskort.',
  translatedBy: 'Eksote, översättning',
  lastReviewed: new Date('2026-10-01T00:00:00Z'),
};

export const translations = { [`sv/${coordinator.id}`]: swedishCoordinator };

/** `count` published services of the clubhouse's provider with `areas`, titled "<prefix> 01" … */
export function manyServices(count: number, areas: Service['data']['areas'], prefix = 'Palvelu'): { id: string; data: Service['data'] }[] {
  return Array.from({ length: count }, (_, index) => {
    const number = String(index + 1).padStart(2, '0');
    return { id: `${prefix.toLowerCase()}-${number}`, data: { ...clubhouse.data, title: `${prefix} ${number}`, areas } };
  });
}
