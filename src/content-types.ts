// The entry types of the content collections, type-only. Components and route-data loaders name
// them from here, so naming a type never pulls in the content queries of src/content.ts.
import type { CollectionEntry } from 'astro:content';
import type { ServiceText } from './lib/localise.ts';
import type { AreaId } from './schemas/area.ts';

export type Service = CollectionEntry<'services'>;
export type Provider = CollectionEntry<'providers'>;
export type LifeArea = CollectionEntry<'areas'> & { id: AreaId };
export type ContentPage = CollectionEntry<'pages'>;
export type FaqEntry = CollectionEntry<'faq'>;
export type NewsItem = CollectionEntry<'news'>;
export type ServicePath = CollectionEntry<'paths'>;
export type OperatingModel = CollectionEntry<'models'>;
export type ServiceTranslation = CollectionEntry<'serviceTranslations'>;
export type PageTranslation = CollectionEntry<'pageTranslations'>;

/**
 * The optional sections a region has content for. A section without entries gets no page and no
 * link (header, professionals' tools), so a small region never shows an empty page or a dead link.
 */
export interface OptionalSections {
  news: boolean;
  faq: boolean;
  paths: boolean;
  models: boolean;
  /** The places page (/paikat/): only when some service or provider gives a visiting address. */
  places: boolean;
}

/** A service the region features (site.yaml), with its text in the reader's language (or the Finnish master). */
export interface FeaturedService {
  id: string;
  text: ServiceText;
}
