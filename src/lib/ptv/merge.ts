// Re-import without losing an editor's work. Every field the importer writes is fingerprinted in
// ptv.hashes as it was imported. On the next import a field is replaced only if the file still
// holds exactly what was imported (the editor has not touched it); a field the editor has changed
// is kept, and reported as a conflict when PTV has changed it too.
import { fingerprint } from './text.ts';

export interface MergeResult {
  values: Record<string, unknown>;
  hashes: Record<string, string>;
  /** Fields replaced with PTV's new value. */
  updated: string[];
  /** Fields an editor has changed and PTV has changed too: the editor's text was kept. */
  conflicts: string[];
}

/**
 * `current` is what the file holds now (undefined for a new file), `hashes` what was imported last
 * time, `incoming` what PTV says now. Keys are field names, prefixed for translations (sv:title).
 */
export function mergeFields(
  current: Readonly<Record<string, unknown>> | undefined,
  hashes: Readonly<Record<string, string>>,
  incoming: Readonly<Record<string, unknown>>,
): MergeResult {
  const values: Record<string, unknown> = {};
  const nextHashes: Record<string, string> = { ...hashes };
  const updated: string[] = [];
  const conflicts: string[] = [];
  for (const [field, value] of Object.entries(incoming)) {
    if (value === undefined) continue;
    const newHash = fingerprint(value);
    const present = current?.[field];
    const importedHash = hashes[field];
    if (current !== undefined && present === undefined && importedHash !== undefined) {
      // Imported once, removed by an editor since: stays removed.
      nextHashes[field] = newHash;
      if (newHash !== importedHash) conflicts.push(field);
      continue;
    }
    if (current === undefined || present === undefined) {
      values[field] = value;
      nextHashes[field] = newHash;
      if (current !== undefined) updated.push(field);
      continue;
    }
    const presentHash = fingerprint(present);
    if (presentHash === newHash) {
      values[field] = present;
      nextHashes[field] = newHash;
    } else if (importedHash === undefined || presentHash !== importedHash) {
      // The editor's version: keep it. The fingerprint moves to PTV's new value, so the conflict is
      // reported once, and the edit stays recognised (the file still differs from the fingerprint).
      values[field] = present;
      nextHashes[field] = newHash;
      if (newHash !== importedHash) conflicts.push(field);
    } else {
      values[field] = value;
      nextHashes[field] = newHash;
      updated.push(field);
    }
  }
  return { values, hashes: nextHashes, updated, conflicts };
}
