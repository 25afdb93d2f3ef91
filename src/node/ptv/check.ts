// npm run ptv:check, minus the command line: reads the entries that carry PTV ids and the
// contact-source register from a content folder, and runs the drift check against PTV data.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { Channel } from '../../schemas/channel.ts';
import { REGISTER_FILE, type RegisterType } from '../../lib/validation/contact-register.ts';
import { readFolder } from './content-files.ts';
import { checkDrift, type CheckedEntry, type Drift } from '../../lib/ptv/drift.ts';
import type { PtvData } from '../../lib/ptv/input.ts';
import { PTV_API, registerKey } from './register.ts';

const record = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
const channelsOf = (value: unknown): Channel[] =>
  Array.isArray(value) ? (value.filter((item) => typeof record(item)['type'] === 'string') as Channel[]) : [];

/** Every service and provider of the folder that has PTV ids. */
export function entriesWithPtv(contentDir: string, rootDir = process.cwd()): CheckedEntry[] {
  const rel = (path: string) => relative(rootDir, path) || path;
  const services = readFolder(join(contentDir, 'services'), 'md').flatMap((entry): CheckedEntry[] => {
    const ptv = record(entry.data['ptv']);
    if (typeof ptv['service'] !== 'string') return [];
    return [
      {
        file: rel(entry.path),
        title: String(entry.data['title'] ?? entry.id),
        kind: 'service',
        ptvId: ptv['service'],
        channelIds: strings(ptv['channels']),
        channels: channelsOf(entry.data['channels']),
      },
    ];
  });
  const providers = readFolder(join(contentDir, 'providers'), 'yaml').flatMap((entry): CheckedEntry[] => {
    const ptv = record(entry.data['ptv']);
    if (typeof ptv['organization'] !== 'string') return [];
    const website = entry.data['website'];
    return [
      {
        file: rel(entry.path),
        title: String(entry.data['name'] ?? entry.id),
        kind: 'provider',
        ptvId: ptv['organization'],
        channelIds: strings(ptv['channels']),
        channels: channelsOf(entry.data['channels']),
        ...(typeof website === 'string' ? { website } : {}),
      },
    ];
  });
  return [...services, ...providers];
}

/** Register sources by register key. */
export function registerSources(contentDir: string): Map<string, string> {
  const path = join(contentDir, REGISTER_FILE);
  const sources = new Map<string, string>();
  if (!existsSync(path)) return sources;
  try {
    for (const item of (record(parse(readFileSync(path, 'utf8')))['contacts'] as unknown[] | undefined) ?? []) {
      const entry = record(item);
      if (typeof entry['type'] === 'string' && entry['value'] !== undefined && typeof entry['source'] === 'string')
        sources.set(registerKey(entry['type'] as RegisterType, String(entry['value'])), entry['source']);
    }
  } catch {
    // An unreadable register is the validator's to report; compare everything then.
  }
  return sources;
}

export function checkContent(contentDir: string, data: PtvData, now: Date, rootDir = process.cwd()): { drifts: Drift[]; checked: number } {
  const entries = entriesWithPtv(contentDir, rootDir);
  const drifts = checkDrift({
    entries,
    data,
    registerSources: registerSources(contentDir),
    isPtvSource: (source) => source.startsWith(PTV_API),
    now,
  });
  return { drifts, checked: entries.length };
}
