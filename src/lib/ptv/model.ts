// The PTV open API v11 model, as far as the importer and the drift check read it. Field names and
// value sets follow the model classes DVV publishes in github.com/vrk-kpa/ptv-releases (branch
// ptv-release-3_4, src/PTV.Domain.Model/Models/OpenApi/: VmOpenApiServiceVersionBase,
// V11VmOpenApiServiceLocationChannel, V11VmOpenApiServiceHour, VmOpenApiModelWithPagingBase …; the
// serialised shapes in test/PTV.Domain.Model.Tests/Models/OpenApi/V11/Resources/*.json).
// Objects are not strict: PTV adds fields between releases, and a field we do not read must not make
// an item unreadable. Lists and texts may be null in PTV's JSON, so every field is nullish.
import { z } from 'astro/zod';

const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((value) => value ?? []);

/** VmOpenApiLanguageItem: `{ value, language }`. */
export const languageItem = z.object({ value: z.string(), language: z.string() });
/** VmOpenApiLocalizedListItem: `{ language, value, type }` (type: Name, Summary, Description …). */
export const localizedItem = z.object({ language: z.string(), value: z.string(), type: z.string().nullish() });

/** V4VmOpenApiFintoItem / V7…WithDescription / V4VmOpenApiOntologyTerm. */
export const fintoItem = z.object({
  name: list(languageItem),
  code: z.string().nullish(),
  ontologyType: z.string().nullish(),
  uri: z.string().nullish(),
});

export const municipality = z.object({ code: z.string().nullish(), name: list(languageItem) });

/** VmOpenApiArea. type: Municipality, Region, BusinessSubRegion, HospitalDistrict (and later types). */
export const area = z.object({
  type: z.string().nullish(),
  code: z.string().nullish(),
  name: list(languageItem),
  municipalities: list(municipality),
});

/** V4VmOpenApiPhone(WithType). type (Phone, Sms, Fax) only on channels' phoneNumbers. */
export const phone = z.object({
  type: z.string().nullish(),
  additionalInformation: z.string().nullish(),
  serviceChargeType: z.string().nullish(),
  chargeDescription: z.string().nullish(),
  prefixNumber: z.string().nullish(),
  isFinnishServiceNumber: z.boolean().nullish(),
  number: z.string(),
  language: z.string().nullish(),
});

/** V9VmOpenApiWebPage. */
export const webPage = z.object({ url: z.string(), value: z.string().nullish(), language: z.string().nullish() });

/** V8VmOpenApiDailyOpeningTime: dayFrom/dayTo Monday…Sunday, from/to "08:00". */
export const openingHour = z.object({
  dayFrom: z.string().nullish(),
  dayTo: z.string().nullish(),
  from: z.string().nullish(),
  to: z.string().nullish(),
});

/** V11VmOpenApiServiceHour. serviceHourType: DaysOfTheWeek, Exceptional, OverMidnight. */
export const serviceHour = z.object({
  serviceHourType: z.string(),
  validFrom: z.string().nullish(),
  validTo: z.string().nullish(),
  isClosed: z.boolean().nullish(),
  validForNow: z.boolean().nullish(),
  isAlwaysOpen: z.boolean().nullish(),
  isReservation: z.boolean().nullish(),
  additionalInformation: list(languageItem),
  openingHour: list(openingHour),
});

/** VmOpenApiAddressStreetWithCoordinates. */
export const streetAddress = z.object({
  street: list(languageItem),
  streetNumber: z.string().nullish(),
  postalCode: z.string().nullish(),
  postOffice: list(languageItem),
  municipality: municipality.nullish(),
  additionalInformation: list(languageItem),
});

/** V9VmOpenApiAddressLocation / V9VmOpenApiAddress. type: Location, Postal (Visiting, Delivery); subType: Single, Street, PostOfficeBox, Abroad, Other. */
export const address = z.object({
  type: z.string().nullish(),
  subType: z.string().nullish(),
  streetAddress: streetAddress.nullish(),
  country: z.string().nullish(),
});

/** V9VmOpenApiContactDetails: contact details of one service–channel connection. */
export const contactDetails = z.object({
  emails: list(languageItem),
  phoneNumbers: list(phone),
  webPages: list(webPage),
  addresses: list(address),
});

/** V11VmOpenApiServiceServiceChannel: a channel as listed on a service. */
export const serviceServiceChannel = z.object({
  serviceChannel: z.object({ id: z.string(), name: z.string().nullish() }),
  serviceChargeType: z.string().nullish(),
  description: list(localizedItem),
  serviceHours: list(serviceHour),
  contactDetails: contactDetails.nullish(),
});

/** V6VmOpenApiServiceOrganization. roleType: Responsible, Producer, OtherResponsible. */
export const serviceOrganization = z.object({
  organization: z.object({ id: z.string().nullish(), name: z.string().nullish() }).nullish(),
  roleType: z.string().nullish(),
  provisionType: z.string().nullish(),
});

/** V11VmOpenApiService (VmOpenApiServiceVersionBase). */
export const service = z.object({
  id: z.string(),
  type: z.string().nullish(),
  serviceNames: list(localizedItem),
  serviceChargeType: z.string().nullish(),
  areaType: z.string().nullish(),
  areas: list(area),
  serviceDescriptions: list(localizedItem),
  languages: list(z.string()),
  serviceClasses: list(fintoItem),
  ontologyTerms: list(fintoItem),
  targetGroups: list(fintoItem),
  lifeEvents: list(fintoItem),
  industrialClasses: list(fintoItem),
  keywords: list(languageItem),
  requirements: list(languageItem),
  legislation: list(z.unknown()),
  serviceChannels: list(serviceServiceChannel),
  organizations: list(serviceOrganization),
  serviceVouchersInUse: z.boolean().nullish(),
  serviceVouchers: list(z.unknown()),
  publishingStatus: z.string().nullish(),
  modified: z.string().nullish(),
});

/**
 * V11VmOpenApiElectronicChannel, …PhoneChannel, …WebPageChannel, …ServiceLocationChannel and
 * …PrintableFormChannel share VmOpenApiServiceChannel; `serviceChannelType` tells them apart
 * (EChannel, WebPage, PrintableForm, Phone, ServiceLocation). One schema with the union of their
 * fields: phoneNumbers (phone and location channels), emails (location), supportPhones and
 * supportEmails (electronic and web page channels), addresses (location).
 */
export const serviceChannel = z.object({
  id: z.string(),
  serviceChannelType: z.string(),
  organizationId: z.string().nullish(),
  serviceChannelNames: list(localizedItem),
  serviceChannelDescriptions: list(localizedItem),
  areaType: z.string().nullish(),
  areas: list(area),
  phoneNumbers: list(phone),
  supportPhones: list(phone),
  emails: list(languageItem),
  supportEmails: list(languageItem),
  languages: list(z.string()),
  webPages: list(webPage),
  addresses: list(address),
  serviceHours: list(serviceHour),
  requiresAuthentication: z.boolean().nullish(),
  /** V11VmOpenApiServiceChannelService: the connections seen from the channel's side. */
  services: list(z.object({ service: z.object({ id: z.string(), name: z.string().nullish() }) })),
  publishingStatus: z.string().nullish(),
  modified: z.string().nullish(),
});

/** V10VmOpenApiOrganization (what api/v11/Organization returns). */
export const organization = z.object({
  id: z.string(),
  organizationType: z.string().nullish(),
  businessCode: z.string().nullish(),
  organizationNames: list(localizedItem),
  organizationDescriptions: list(localizedItem),
  emails: list(languageItem),
  phoneNumbers: list(phone),
  webPages: list(webPage),
  addresses: list(address),
  publishingStatus: z.string().nullish(),
  modified: z.string().nullish(),
});

export type PtvLanguageItem = z.output<typeof languageItem>;
export type PtvLocalizedItem = z.output<typeof localizedItem>;
export type PtvFintoItem = z.output<typeof fintoItem>;
export type PtvPhone = z.output<typeof phone>;
export type PtvServiceHour = z.output<typeof serviceHour>;
export type PtvAddress = z.output<typeof address>;
export type PtvServiceServiceChannel = z.output<typeof serviceServiceChannel>;
export type PtvService = z.output<typeof service>;
export type PtvServiceChannel = z.output<typeof serviceChannel>;
export type PtvOrganization = z.output<typeof organization>;

export const PUBLISHED = 'Published';
