// Reads a zod 4 schema as plain data for the CMS configuration generator: what kind of value a
// field holds, whether it may be left out, its length limits, enum options and the description
// the schema gives it. Only the parts of zod's definition objects the generator needs are typed.
import { z } from 'astro/zod';

interface Check {
  _zod: { def: { check: string; minimum?: number; maximum?: number; format?: string; pattern?: RegExp } };
}

interface Def {
  type: string;
  innerType?: Schema;
  in?: Schema;
  shape?: Record<string, Schema>;
  element?: Schema;
  options?: Schema[];
  discriminator?: string;
  entries?: Record<string, string>;
  values?: unknown[];
  checks?: Check[];
  defaultValue?: unknown | undefined;
}

export type Schema = z.ZodType;

const defOf = (schema: Schema): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The kinds of value the generator maps to a CMS widget. */
export type Kind = 'string' | 'number' | 'boolean' | 'date' | 'enum' | 'literal' | 'array' | 'object' | 'union' | 'record';

export interface FieldShape {
  kind: Kind;
  /** False when the field may be left out (optional or with a default). */
  required: boolean;
  /** The default the schema fills in when the field is left out, if any. */
  defaultValue?: unknown | undefined;
  description?: string | undefined;
  minLength?: number | undefined;
  maxLength?: number | undefined;
  /** Regular expressions the string must match (zod .regex checks). */
  patterns: RegExp[];
  /** Enum values, or the literal's value. */
  options?: string[] | undefined;
  /** The inner schema after optional/default/transform wrappers. */
  schema: Schema;
}

function descriptionOf(schema: Schema): string | undefined {
  return z.globalRegistry.get(schema)?.description ?? (schema as { description?: string }).description;
}

/**
 * Unwraps optional, default and transform wrappers, remembering what they said. A date field is
 * zod's union of a Date and a string followed by a transform; it is reported as kind "date".
 */
export function shapeOf(input: Schema): FieldShape {
  let schema = input;
  let required = true;
  let defaultValue: unknown;
  let description = descriptionOf(schema);
  for (;;) {
    const def = defOf(schema);
    if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') {
      if (def.type !== 'nullable') required = false;
      if (def.type === 'default') defaultValue = def.defaultValue;
      schema = def.innerType!;
    } else if (def.type === 'pipe') {
      schema = def.in!;
    } else break;
    description ??= descriptionOf(schema);
  }
  const def = defOf(schema);
  const checks = (def.checks ?? []).map((check) => check._zod.def);
  const minLength = checks.find((check) => check.check === 'min_length')?.minimum;
  const maxLength = checks.find((check) => check.check === 'max_length')?.maximum;
  const patterns = checks.filter((check) => check.check === 'string_format' && check.pattern).map((check) => check.pattern!);
  const base = { required, defaultValue, description, minLength, maxLength, patterns, schema };
  switch (def.type) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'object':
    case 'array':
    case 'record':
      return { ...base, kind: def.type };
    case 'enum':
      return { ...base, kind: 'enum', options: Object.values(def.entries ?? {}) };
    case 'literal':
      // closed: true (a switch that is either on or left out) is a switch in the form.
      if ((def.values ?? []).every((value) => typeof value === 'boolean')) return { ...base, kind: 'boolean' };
      return { ...base, kind: 'literal', options: (def.values ?? []).map(String) };
    case 'union': {
      const kinds = (def.options ?? []).map((option) => defOf(option).type);
      if (kinds.includes('date') && kinds.includes('string')) return { ...base, kind: 'date' };
      // Text that YAML may hand over as a number ("112"): the form edits it as text.
      if (kinds.every((kind) => kind === 'string' || kind === 'number')) return { ...base, kind: 'string' };
      return { ...base, kind: 'union' };
    }
    default:
      throw new Error(`CMS: zod type "${def.type}" has no CMS mapping; add one in src/lib/cms/zod-shape.ts.`);
  }
}

/** The fields of an object schema, in the schema's order. */
export function objectFields(schema: Schema): [string, Schema][] {
  const def = defOf(schema);
  if (def.type !== 'object' || !def.shape) throw new Error('CMS: expected an object schema.');
  return Object.entries(def.shape);
}

export function arrayElement(schema: Schema): Schema {
  const element = defOf(schema).element;
  if (!element) throw new Error('CMS: expected an array schema.');
  return element;
}

/** The members of a union; `discriminator` is set for a discriminated union (channels by `type`). */
export function unionMembers(schema: Schema): { options: Schema[]; discriminator?: string | undefined } {
  const def = defOf(schema);
  return { options: def.options ?? [], discriminator: def.discriminator };
}
