// Suggests the intended field when an editor misspells one ("titel" → "title") or writes it in
// Finnish ("nimi" → "title"), by walking the zod schema for the field names it allows.
import type { z } from 'astro/zod';

interface SchemaDef {
  type?: string;
  shape?: Record<string, unknown>;
  element?: unknown;
  innerType?: unknown;
  in?: unknown;
  out?: unknown;
  options?: unknown[];
  left?: unknown;
  right?: unknown;
}

const defOf = (schema: unknown): SchemaDef | undefined => (schema as { _zod?: { def?: SchemaDef } } | undefined)?._zod?.def;

/** The object schemas that can sit at `path` (array indexes are skipped, unions give several). */
function objectsAt(schema: unknown, path: readonly PropertyKey[], depth = 0): Record<string, unknown>[] {
  const def = defOf(schema);
  if (!def || depth > 40) return [];
  const next = (inner: unknown, rest = path) => objectsAt(inner, rest, depth + 1);
  switch (def.type) {
    case 'object': {
      if (path.length === 0) return def.shape ? [def.shape] : [];
      const [key, ...rest] = path;
      const field = typeof key === 'string' && def.shape && Object.hasOwn(def.shape, key) ? def.shape[key] : undefined;
      return field === undefined ? [] : next(field, rest);
    }
    case 'array':
      return next(def.element, typeof path[0] === 'number' ? path.slice(1) : path);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return next(def.innerType);
    case 'pipe':
      return [...next(def.in), ...next(def.out)];
    case 'union':
      return (def.options ?? []).flatMap((option) => next(option));
    case 'intersection':
      return [...next(def.left), ...next(def.right)];
    default:
      return [];
  }
}

/** Field names the schema accepts at `path` (the object that holds the unknown key). */
export function fieldNamesAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  return [...new Set(objectsAt(schema, path).flatMap((shape) => Object.keys(shape)))];
}

/** Finnish words editors write instead of the field name. */
const FINNISH_NAMES: Record<string, string[]> = {
  nimi: ['title', 'name'],
  otsikko: ['title'],
  tiivistelmä: ['summary'],
  kuvaus: ['summary', 'description'],
  elämänalue: ['areas'],
  elämänalueet: ['areas'],
  järjestäjä: ['provider'],
  tuottaja: ['provider'],
  kohderyhmä: ['audiences'],
  kohderyhmät: ['audiences'],
  kenelle: ['forWhom'],
  ikä: ['age'],
  reitti: ['access'],
  kesto: ['duration'],
  mukaan: ['bring'],
  tuo: ['bring'],
  hinta: ['cost'],
  kieli: ['languages'],
  kielet: ['languages'],
  alue: ['municipalities'],
  kunnat: ['municipalities'],
  yhteystiedot: ['channels'],
  kanavat: ['channels'],
  järjestelmät: ['systems'],
  hakusanat: ['keywords'],
  avainsanat: ['keywords'],
  liittyvät: ['related'],
  selkokieli: ['plainSummary'],
  tarkistettu: ['lastReviewed'],
  ylläpitäjä: ['owner'],
  omistaja: ['owner'],
  tila: ['status'],
  luonnos: ['draft'],
  puhelin: ['number'],
  sähköposti: ['address'],
  osoite: ['url', 'street'],
  tyyppi: ['type'],
};

export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j] ?? 0;
      row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] ?? Math.max(a.length, b.length);
}

/**
 * Ids close to a mistyped one: a small edit away, or one a prefix of the other ("kela-tyollisyys"
 * → "kela"). At most three, closest first.
 */
export function similarIds(target: string, known: Iterable<string>): string[] {
  const tolerance = Math.max(2, Math.floor(target.length / 4));
  return [...known]
    .map((id) => ({ id, distance: editDistance(target, id) }))
    .filter(
      ({ id, distance }) =>
        distance <= tolerance || (Math.min(id.length, target.length) >= 4 && (id.startsWith(target) || target.startsWith(id))),
    )
    .sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id))
    .slice(0, 3)
    .map(({ id }) => id);
}

/** The allowed field the editor most likely meant, or undefined when none is close. */
export function suggestFieldName(unknown: string, allowed: readonly string[]): string | undefined {
  if (allowed.length === 0 || unknown.length > 60) return undefined;
  const lower = unknown.trim().toLowerCase();
  const finnish = Object.hasOwn(FINNISH_NAMES, lower) ? FINNISH_NAMES[lower]?.find((name) => allowed.includes(name)) : undefined;
  if (finnish) return finnish;
  let best: { name: string; distance: number } | undefined;
  for (const name of allowed) {
    const distance = editDistance(lower, name.toLowerCase());
    if (distance < (best?.distance ?? Infinity)) best = { name, distance };
  }
  if (!best) return undefined;
  const tolerance = best.name.length <= 4 ? 1 : 2;
  return best.distance <= tolerance ? best.name : undefined;
}
