// Validates a whole content folder at once and returns every problem. Used by `npm run validate`
// and by the build (src/build/content-guard.ts), so both report exactly the same things.
// Reading follows the content model (load-content.ts); the checks are the named rules of rules/.
// Never throws: whatever an editor writes, the answer is a list of problems.
import { relative } from 'node:path';
import { statSync } from 'node:fs';
import type { LifeAreaData } from '../../schemas/area.ts';
import type { ProviderData } from '../../schemas/provider.ts';
import type { ServiceData } from '../../schemas/service.ts';
import type { SiteSettings } from '../../schemas/site.ts';
import type { LoadedEntry, ParsedEntry } from '../../lib/validation/parse-entry.ts';
import type { ContentContext } from '../../lib/validation/content-context.ts';
import { sortIssues, WHOLE_FILE, type ContentIssue } from '../../lib/validation/issues.ts';
import { loadContent } from './load-content.ts';
import { CONTENT_RULES } from '../../lib/validation/rules/index.ts';

export interface ValidationResult {
  issues: ContentIssue[];
  errors: ContentIssue[];
  site?: SiteSettings | undefined;
  areas: ParsedEntry<LifeAreaData>[];
  providers: ParsedEntry<ProviderData>[];
  services: ParsedEntry<ServiceData>[];
  /** Everything the rules read: the entries of every collection, valid or not. */
  context?: ContentContext | undefined;
}

export interface ValidateOptions {
  /** Folder with areas/, providers/, services/ and site.yaml. */
  contentDir: string;
  /** Paths in messages are relative to this folder (the project root). */
  rootDir?: string;
  /** "Now" for freshness warnings; injectable for tests. */
  now?: Date;
}

export function validateContent(options: ValidateOptions): ValidationResult {
  try {
    return validate(options);
  } catch (error) {
    // A bug in the validator must not hide the content problems behind a stack trace.
    const rootDir = options.rootDir ?? process.cwd();
    const issue: ContentIssue = {
      file: relative(rootDir, options.contentDir) || options.contentDir,
      field: WHOLE_FILE,
      severity: 'error',
      message: `Tarkistus keskeytyi odottamattomaan virheeseen (${error instanceof Error ? error.message : String(error)}). Ilmoita tästä sivuston ylläpitäjälle.`,
    };
    return { issues: [issue], errors: [issue], areas: [], providers: [], services: [] };
  }
}

function validate({ contentDir, rootDir = process.cwd(), now = new Date() }: ValidateOptions): ValidationResult {
  const { context, issues } = loadContent({ contentDir, rootDir, now });
  for (const rule of CONTENT_RULES) issues.push(...rule.check(context));
  const sorted = sortIssues(issues);
  return {
    issues: sorted,
    errors: sorted.filter((issue) => issue.severity === 'error'),
    site: context.site,
    areas: valid(context.entries.areas),
    providers: valid(context.entries.providers),
    services: valid(context.entries.services),
    context,
  };
}

/** Entries whose schema check passed, for the build and the reports. */
function valid<T>(entries: LoadedEntry<T>[]): ParsedEntry<T>[] {
  return entries.flatMap((entry) => (entry.data === undefined ? [] : [{ id: entry.id, source: entry.source, data: entry.data }]));
}

/** True when `dir` exists and is a folder; used by the scripts before they validate. */
export function isContentFolder(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}
