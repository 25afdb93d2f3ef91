// HTML validity of every built page (fi, sv, en, the 404 page and the noindex filter pages):
// html-validate with the project's .htmlvalidate.mjs over every .html file in the output folder,
// read from disk (no browser). Every problem is listed at once as `page: line:col rule — message`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { HtmlValidate, type Message } from 'html-validate';
import config from '../../.htmlvalidate.mjs';
import { sitemapPaths } from '../support/e2e/site.ts';

const DIST = process.env.TT_OUT_DIR ?? 'dist';

/** Every .html file under the output folder, relative to it ("palvelu/omaolo/index.html"). */
function htmlFiles(): string[] {
  if (!existsSync(DIST)) throw new Error(`${DIST}/ is missing: run npm run build before the end-to-end tests.`);
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split('\\').join('/'))
    // Decap CMS renders the editor (/admin/) in the browser; its HTML is a loader, checked in tests/e2e/cms/.
    .filter((file) => !file.startsWith('admin/'))
    .sort();
}

/** "palvelu/omaolo/index.html: 1:5234 tel-non-breaking — … [#main > ul > li > a]" */
function describe(file: string, message: Pick<Message, 'line' | 'column' | 'ruleId' | 'message' | 'selector'>): string {
  const where = message.selector ? ` [${message.selector}]` : '';
  return `${file}: ${message.line}:${message.column} ${message.ruleId} — ${message.message}${where}`;
}

/** Line and column (1-based) of an offset in a text. */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

const files = htmlFiles();

test('the check reads every page of the built site', () => {
  // Guards the tests below against passing over an empty or wrong folder.
  const pages = new Set(files.map((file) => `/${file.replace(/index\.html$/, '')}`));
  expect(sitemapPaths().filter((path) => !pages.has(path))).toEqual([]);
  expect(files).toEqual(expect.arrayContaining(['index.html', '404.html', 'sv/index.html', 'en/index.html']));
});

test('every built page is valid HTML by html-validate', () => {
  const validator = new HtmlValidate(config);
  const problems = files.flatMap((file) => {
    const report = validator.validateStringSync(readFileSync(join(DIST, file), 'utf8'), file);
    return report.results.flatMap((result) => result.messages.map((message) => describe(file, message)));
  });
  expect(problems, `${problems.length} problem(s); rules and exceptions are in .htmlvalidate.mjs`).toEqual([]);
});

test('no markup follows </html>', () => {
  // The parser still runs such a script, but it is a parse error html-validate does not report:
  // a page's top-level <script> written after </BaseLayout> ends up here.
  const problems = files.flatMap((file) => {
    const html = readFileSync(join(DIST, file), 'utf8');
    const end = html.lastIndexOf('</html>');
    const rest = end === -1 ? '' : html.slice(end + '</html>'.length).trim();
    if (rest === '') return [];
    const { line, column } = position(html, html.lastIndexOf(rest));
    return [describe(file, { line, column, ruleId: 'after-html', message: `"${rest.slice(0, 80)}" after </html>`, selector: null })];
  });
  expect(problems).toEqual([]);
});
