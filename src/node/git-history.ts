// The committed versions of every service file, read from git at build time with three git calls
// for the whole folder (is the clone shallow, one `git log --raw` of the folder, one
// `git cat-file --batch` for every version's text), however many services there are. It never
// throws: without git, outside a repository or on any error the history is simply unavailable, and
// the pages say so.
import { spawnSync } from 'node:child_process';

export interface FileVersion {
  /** When the version reached the current branch (the commit date on its first-parent line). */
  date: Date;
  /** The file's text in that version. */
  text: string;
}

export interface ServiceFileHistory {
  /** false: no history could be read (no git, no repository, an error); `reason` says why, in English for logs. */
  available: boolean;
  /** true when the clone is shallow: the oldest versions are missing. */
  partial: boolean;
  reason?: string | undefined;
  /** Service id (file name without extension) → its versions, oldest first. */
  versions: Map<string, FileVersion[]>;
}

const SERVICE_FILE = /^[^/]+\.mdx?$/;
const idOf = (path: string) => path.replace(/\.mdx?$/, '');
const unavailable = (reason: string): ServiceFileHistory => ({ available: false, partial: false, reason, versions: new Map() });

function git(cwd: string, args: readonly string[], input?: string) {
  return spawnSync('git', ['-C', cwd, ...args], { input, maxBuffer: 1024 * 1024 * 1024, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } });
}

/** One change of a commit in `git log --raw` output. */
interface RawChange {
  status: string;
  blob: string;
  path: string;
  from?: string | undefined;
}

interface RawCommit {
  date: Date;
  changes: RawChange[];
}

/** Parses `git log --format=%x00%cI --raw --no-abbrev` output, oldest commit first when run with --reverse. */
export function parseRawLog(output: string): RawCommit[] {
  const commits: RawCommit[] = [];
  for (const block of output.split('\u0000').slice(1)) {
    const [header = '', ...lines] = block.split('\n');
    const date = new Date(header.trim());
    if (Number.isNaN(date.getTime())) continue;
    const changes: RawChange[] = [];
    for (const line of lines) {
      // :100644 100644 <old> <new> M\tpath   or   … R087\told\tnew
      const match = /^:\d+ \d+ [0-9a-f]+ ([0-9a-f]+) ([A-Z])\d*\t([^\t]+)(?:\t([^\t]+))?$/.exec(line);
      if (!match) continue;
      const [, blob = '', status = '', first = '', second] = match;
      changes.push(second === undefined ? { status, blob, path: first } : { status, blob, path: second, from: first });
    }
    commits.push({ date, changes });
  }
  return commits;
}

/** Parses `git cat-file --batch` output into blob → text. */
export function parseBatch(output: Buffer): Map<string, string> {
  const texts = new Map<string, string>();
  let offset = 0;
  while (offset < output.length) {
    const end = output.indexOf(0x0a, offset);
    if (end === -1) break;
    const [sha = '', type, size] = output.subarray(offset, end).toString('utf8').split(' ');
    offset = end + 1;
    if (type === undefined || size === undefined) continue; // "<sha> missing"
    const length = Number(size);
    if (type === 'blob') texts.set(sha, output.subarray(offset, offset + length).toString('utf8'));
    offset += length + 1;
  }
  return texts;
}

/** Replays the commits (oldest first) into versions per current file, following renames. */
export function replay(commits: readonly RawCommit[], texts: ReadonlyMap<string, string>): Map<string, FileVersion[]> {
  const byPath = new Map<string, FileVersion[]>();
  for (const commit of commits) {
    for (const change of commit.changes) {
      if (change.from !== undefined) {
        const earlier = byPath.get(change.from);
        byPath.delete(change.from);
        if (earlier && SERVICE_FILE.test(change.path)) byPath.set(change.path, earlier);
      }
      if (!SERVICE_FILE.test(change.path)) continue;
      if (change.status === 'D') {
        byPath.delete(change.path);
        continue;
      }
      const text = texts.get(change.blob);
      if (text === undefined) continue;
      byPath.set(change.path, [...(byPath.get(change.path) ?? []), { date: commit.date, text }]);
    }
  }
  const versions = new Map<string, FileVersion[]>();
  for (const [path, list] of byPath) {
    const id = idOf(path);
    // foo.mdx and foo.md both present: the validator reports the clash; keep the longer history.
    if ((versions.get(id)?.length ?? 0) < list.length) versions.set(id, list);
  }
  return versions;
}

/** Every committed version of every service in `servicesDir` (translations in sv/, en/ are left out). */
export function readServiceFileHistory(servicesDir: string): ServiceFileHistory {
  try {
    const shallow = git(servicesDir, ['rev-parse', '--is-shallow-repository']);
    if (shallow.error) return unavailable(`git could not be run: ${shallow.error.message}`);
    if (shallow.status !== 0) return unavailable(`not a git repository: ${shallow.stderr.toString().trim()}`);
    const log = git(servicesDir, [
      'log',
      '--first-parent',
      '--diff-merges=first-parent',
      '--reverse',
      '--format=%x00%cI',
      '--raw',
      '--no-abbrev',
      '-M',
      '--relative',
      '--',
      '.',
    ]);
    if (log.status !== 0) return unavailable(`git log failed: ${log.stderr.toString().trim()}`);
    const commits = parseRawLog(log.stdout.toString('utf8'));
    const blobs = [
      ...new Set(
        commits.flatMap((commit) =>
          commit.changes.filter((change) => SERVICE_FILE.test(change.path) && change.status !== 'D').map((change) => change.blob),
        ),
      ),
    ];
    const batch = blobs.length > 0 ? git(servicesDir, ['cat-file', '--batch'], `${blobs.join('\n')}\n`) : undefined;
    if (batch && batch.status !== 0) return unavailable(`git cat-file failed: ${batch.stderr.toString().trim()}`);
    const texts = batch ? parseBatch(batch.stdout) : new Map<string, string>();
    return { available: true, partial: shallow.stdout.toString().trim() === 'true', versions: replay(commits, texts) };
  } catch (error) {
    return unavailable(`history could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}
