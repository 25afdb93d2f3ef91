// Turns one schema field into a Decap CMS form field. Most fields follow from the schema itself
// (kind, required, length limits, regex, enum options, description as the hint); FIELD_RULES
// below adds what a schema cannot say: relations to other entries, the region's municipalities,
// checks written as zod refinements (https-only, Finnish phone numbers) and fields the editor must
// not touch. Keys are "<schema>.<path>" with "[]" for list items: "service.channels[].url".
import { ACCESS_ROUTES } from '../../schemas/service.ts';
import type { SchemaKey } from './collections.ts';
import { CHANNEL_TYPE_LABELS, FIELD_LABELS, LANGUAGE_OPTIONS, PATH_LABELS } from './labels.ts';
import { arrayElement, objectFields, shapeOf, unionMembers, type FieldShape, type Schema } from './zod-shape.ts';

/** A Decap field as written into config.yml. */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  pattern?: [string, string];
  [option: string]: unknown;
}

export interface FieldContext {
  /** The region's municipalities from site.yaml, for the service's area picker. */
  municipalities: readonly string[];
  wholeRegion: string;
  national: string;
}

type Rule = (field: CmsField, context: FieldContext) => CmsField;

const HTTPS: [string, string] = [
  '^https://[^\\s]+\\.[^\\s]+$',
  'Osoitteen pitää alkaa https:// ja olla kokonainen verkko-osoite, esimerkiksi https://www.kela.fi/.',
];
const HTTP_OR_HTTPS: [string, string] = [
  '^https?://[^\\s]+\\.[^\\s]+$',
  'Osoitteen pitää alkaa https:// tai http:// ja olla kokonainen verkko-osoite.',
];
// The same numbers as normalisePhone in src/schemas/channel.ts: +358 or 0 and 5–12 digits, or a short national number.
const SEPARATORS = '[\\s\\-()/.]*';
const PHONE: [string, string] = [
  `^${SEPARATORS}(?:(?:\\+358|0)${SEPARATORS}[1-9](?:${SEPARATORS}\\d){4,11}|1(?:${SEPARATORS}\\d){2,5})${SEPARATORS}$`,
  'Puhelinnumero ei ole suomalainen numero. Kirjoita se muodossa 029 041 3170 tai +358 29 041 3170.',
];

const relation =
  (collection: string, multiple: boolean): Rule =>
  (field) => ({
    ...field,
    widget: 'relation',
    collection,
    value_field: '{{slug}}',
    search_fields: ['title'],
    display_fields: ['title'],
    multiple,
  });

const hidden: Rule = (field) => ({ name: field.name, label: field.label, widget: 'hidden', required: false });
const withPattern =
  (pattern: [string, string]): Rule =>
  (field) => ({ ...field, pattern });

const municipalities: Rule = (field, context) => ({
  ...field,
  widget: 'select',
  multiple: true,
  min: 1,
  options: [context.wholeRegion, context.national, ...context.municipalities],
});

const languages: Rule = (field) => ({ ...field, widget: 'select', multiple: true, min: 1, options: LANGUAGE_OPTIONS });

/** Channel fields are the same in services and providers. */
const channelRules = (owner: SchemaKey): Record<string, Rule> => ({
  [`${owner}.channels[].url`]: withPattern(HTTPS),
  [`${owner}.channels[].number`]: withPattern(PHONE),
  [`${owner}.channels[].service`]: relation('services', false),
});

/** Fields the schema alone cannot describe to a form. Every other field is mapped from its schema. */
export const FIELD_RULES: Readonly<Record<string, Rule>> = {
  ...channelRules('service'),
  ...channelRules('provider'),
  'service.provider': (field, context) => ({
    ...relation('providers', false)(field, context),
    search_fields: ['name'],
    display_fields: ['name'],
  }),
  'service.related': relation('services', true),
  'service.municipalities': municipalities,
  'service.languages': languages,
  // Import metadata: written by npm run ptv:import, never by hand.
  'service.ptv': hidden,
  'provider.ptv': hidden,
  'provider.website': withPattern(HTTP_OR_HTTPS),
  'site.siteUrl': withPattern(HTTP_OR_HTTPS),
  'site.kykyviisariUrl': withPattern(HTTPS),
  'site.chatUrl': withPattern(HTTPS),
  'site.feedback.issueUrl': withPattern(HTTPS),
  'site.startHere': relation('services', true),
  'site.checklistNextSteps': relation('services', true),
  'site.organisationProvider': (field, context) => ({
    ...relation('providers', false)(field, context),
    search_fields: ['name'],
    display_fields: ['name'],
  }),
  'site.cms.baseUrl': withPattern(HTTPS),
  'contacts.contacts[].source': withPattern(HTTPS),
};

export function labelOf(name: string, path = ''): string {
  const label = PATH_LABELS[path] ?? FIELD_LABELS[name];
  if (label === undefined)
    throw new Error(`CMS: kentällä "${name}" ei ole suomenkielistä nimeä. Lisää se tiedostoon src/lib/cms/labels.ts.`);
  return label;
}

/** A pattern from the schema's own limits: its regex, or else its length limits. */
function patternOf(shape: FieldShape, label: string): [string, string] | undefined {
  const regex = shape.patterns[0];
  if (regex) return [regex.source, `${label}: muoto ei kelpaa.${shape.description ? ` ${shape.description}` : ''}`];
  if (shape.minLength === undefined && shape.maxLength === undefined) return undefined;
  const min = shape.minLength ?? 0;
  const max = shape.maxLength;
  const limit = max === undefined ? `vähintään ${min} merkkiä` : min > 1 ? `${min}–${max} merkkiä` : `enintään ${max} merkkiä`;
  return [`^[\\s\\S]{${min},${max ?? ''}}$`, `${label}: kirjoita ${limit}.`];
}

const ACCESS_ROUTE_LABELS: Readonly<Record<(typeof ACCESS_ROUTES)[number], string>> = {
  itse: 'itse (ota yhteyttä suoraan)',
  tyollisyyspalvelut: 'työllisyyspalvelujen kautta',
  sote: 'sosiaali- ja terveyspalvelujen kautta',
  typ: 'TYP:n kautta',
  kela: 'Kelan kautta',
  lahete: 'lähetteellä',
  oppilaitos: 'oppilaitoksen kautta',
  muu: 'muu reitti',
};

/** Decap form field for one schema field; `path` is its key in FIELD_RULES. */
export function toCmsField(name: string, schema: Schema, path: string, context: FieldContext): CmsField {
  const shape = shapeOf(schema);
  const label = labelOf(name, path);
  const base: CmsField = { name, label, widget: 'string', required: shape.required };
  if (shape.description) base.hint = shape.description;
  const rule = FIELD_RULES[path];
  // A hidden field keeps its value as it is; its inner fields are never shown.
  if (rule === hidden) return hidden(base, context);
  const field = mapShape(base, shape, path, context);
  return rule ? rule(field, context) : field;
}

function mapShape(base: CmsField, shape: FieldShape, path: string, context: FieldContext): CmsField {
  switch (shape.kind) {
    case 'string': {
      const pattern = patternOf(shape, base.label);
      return { ...base, widget: (shape.maxLength ?? 0) > 200 ? 'text' : 'string', ...(pattern ? { pattern } : {}) };
    }
    case 'number':
      return { ...base, widget: 'number', value_type: 'int' };
    case 'boolean':
      // No default: an untouched switch writes nothing, so "not known" stays left out.
      return { ...base, widget: 'boolean' };
    case 'date':
      // Stored as VVVV-KK-PP like the rest of the content. An empty default keeps Decap from filling
      // in today's date by itself: the editor sets the review date when they have reviewed.
      return {
        ...base,
        widget: 'datetime',
        format: 'YYYY-MM-DD',
        date_format: 'D.M.YYYY',
        time_format: false,
        picker_utc: true,
        default: '',
      };
    case 'enum':
    case 'literal':
      return {
        ...base,
        widget: 'select',
        options: (shape.options ?? []).map((value) =>
          path.endsWith('access[].route')
            ? { value, label: ACCESS_ROUTE_LABELS[value as keyof typeof ACCESS_ROUTE_LABELS] ?? value }
            : value,
        ),
      };
    case 'object':
      return {
        ...base,
        widget: 'object',
        collapsed: !shape.required,
        fields: objectFields(shape.schema).map(([name, inner]) => toCmsField(name, inner, `${path}.${name}`, context)),
      };
    case 'union': {
      // A value that is either a bare option or an object with the option and a note (cost): the
      // form always writes the object, which the schema reads the same way.
      const objectMember = unionMembers(shape.schema).options.find((option) => shapeOf(option).kind === 'object');
      if (!objectMember) throw new Error(`CMS: kentän ${path} vaihtoehdoille ei ole lomaketta.`);
      return mapShape(base, { ...shapeOf(objectMember), required: shape.required, description: shape.description }, path, context);
    }
    case 'array':
      return listField(base, shape, path, context);
    case 'record':
      return { ...base, widget: 'hidden' };
  }
}

function listField(base: CmsField, shape: FieldShape, path: string, context: FieldContext): CmsField {
  const element = arrayElement(shape.schema);
  const item = shapeOf(element);
  const limits = {
    ...(shape.minLength !== undefined ? { min: shape.minLength } : {}),
    ...(shape.maxLength !== undefined ? { max: shape.maxLength } : {}),
  };
  const itemPath = `${path}[]`;
  if (item.kind === 'enum') return { ...base, widget: 'select', multiple: true, options: item.options, ...limits };
  if (item.kind === 'object') {
    return {
      ...base,
      widget: 'list',
      // Open, so the editor sees every access route and channel without clicking each one.
      collapsed: false,
      ...limits,
      fields: objectFields(item.schema).map(([name, inner]) => toCmsField(name, inner, `${itemPath}.${name}`, context)),
    };
  }
  if (item.kind === 'union') {
    const { options, discriminator } = unionMembers(item.schema);
    if (!discriminator) throw new Error(`CMS: luettelon ${path} vaihtoehdoilla ei ole tyyppikenttää.`);
    return {
      ...base,
      widget: 'list',
      collapsed: false,
      ...limits,
      typeKey: discriminator,
      types: options.map((option) => {
        const fields = objectFields(option);
        const type = shapeOf(fields.find(([name]) => name === discriminator)![1]).options![0]!;
        return {
          name: type,
          label: CHANNEL_TYPE_LABELS[type] ?? type,
          widget: 'object',
          fields: fields
            .filter(([name]) => name !== discriminator)
            .map(([name, inner]) => toCmsField(name, inner, `${itemPath}.${name}`, context)),
        };
      }),
    };
  }
  // A list of plain values (keywords, systems, opening ranges): one text field per item.
  const itemField = toCmsField(base.name, element, itemPath, context);
  return { ...base, widget: 'list', ...limits, field: { ...itemField, label: base.label, required: true } };
}
