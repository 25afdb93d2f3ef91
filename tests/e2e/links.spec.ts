// Link hygiene over every page of the built site: no broken internal link (pages, assets,
// #fragments, canonical and alternate links) and no vague link text ("lue lisää", "klikkaa tästä").
// Reads the HTML files in dist/ directly, so it covers pages the sitemap leaves out (404).
import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { checkBuiltSite, formatLinkProblem } from '../../src/build/built-links.ts';

const DIST = process.env['TT_OUT_DIR'] ?? 'dist';

test('every internal link of the built site leads somewhere and says where', () => {
  // No silent skip: the e2e tests run after the build in npm test.
  expect(existsSync(DIST), `${DIST}/ is missing: run npm run build before the end-to-end tests.`).toBe(true);
  const report = checkBuiltSite(DIST);
  expect(report.pages, 'no HTML pages found in the build').toBeGreaterThan(5);
  expect(report.links).toBeGreaterThan(report.pages);
  expect(report.problems.map(formatLinkProblem)).toEqual([]);
});
