// Reading and writing the content files the importer owns. Existing files are edited through the
// YAML document, so an editor's comments and layout survive a re-import; a file whose text would
// not change is not written at all (a rerun is a no-op).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Document, parseDocument } from 'yaml';

export interface EntryFile {
  id: string;
  path: string;
  doc: Document;
  data: Record<string, unknown>;
  body: string;
  /** The file's text as read, to tell whether a write changes anything. */
  text: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---\r?\n?([\s\S]*)$/;
const STRINGIFY = { lineWidth: 0 } as const;

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export function readEntry(path: string, kind: 'md' | 'yaml'): EntryFile | undefined {
  if (!existsSync(path)) return undefined;
  const text = readFileSync(path, 'utf8');
  const match = kind === 'md' ? FRONTMATTER.exec(text) : null;
  if (kind === 'md' && !match) return undefined;
  const doc = parseDocument(kind === 'md' ? (match?.[1] ?? '') : text);
  if (doc.errors.length > 0) return undefined;
  const id = path.replace(/^.*[\\/]/, '').replace(/\.(mdx?|ya?ml)$/, '');
  return { id, path, doc, data: asRecord(doc.toJS()), body: (match?.[2] ?? '').replace(/^\n+/, '').trimEnd(), text };
}

/** The entries of a collection folder (not its sub-folders). */
export function readFolder(dir: string, kind: 'md' | 'yaml'): EntryFile[] {
  if (!existsSync(dir)) return [];
  const pattern = kind === 'md' ? /\.mdx?$/ : /\.ya?ml$/;
  return readdirSync(dir)
    .filter((name) => pattern.test(name) && !name.startsWith('.'))
    .sort()
    .flatMap((name) => readEntry(join(dir, name), kind) ?? []);
}

/** A new document with the keys in the given order. */
export function newDocument(values: Record<string, unknown>): Document {
  return new Document(values);
}

/** Sets the values in the document; keys already there keep their place, new keys go last. */
export function setValues(doc: Document, values: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) doc.delete(key);
    else doc.set(key, doc.createNode(value));
  }
}

export function renderMarkdown(doc: Document, body: string): string {
  const yaml = doc.toString(STRINGIFY);
  return `---\n${yaml}---\n${body.trim() ? `\n${body.trim()}\n` : ''}`;
}

export function renderYaml(doc: Document): string {
  return doc.toString(STRINGIFY);
}

/** Writes the text unless the file already holds it; says whether it wrote. */
export function writeIfChanged(path: string, text: string): boolean {
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return false;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return true;
}
