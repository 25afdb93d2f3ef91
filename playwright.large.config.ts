// Page weight and paging at a real region's size: `npm run build:large` builds a generated region of
// 1,000 services into .build/large (cli/budgets/build-large.ts), and this config runs the
// page-weight budget and the paging specs over it, so a list that grows with the region fails CI.
// The budget's in-browser walk over every sitemap page is left to the main suite: at 1,000 services
// it would visit 3,000 pages for the same figures the file-based checks already read.
import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

export const LARGE_OUT_DIR = '.build/large';
const PORT = Number(process.env.E2E_LARGE_PORT ?? 4331);
// The shared specs read the build and its content from these (tests/support/e2e/).
process.env.TT_OUT_DIR = LARGE_OUT_DIR;
process.env.TT_CONTENT_DIR = '.build/large-content';

export default defineConfig({
  ...base,
  testMatch: ['budgets.spec.ts', 'paging.spec.ts'],
  grepInvert: /in the browser, content pages fetch/,
  use: { ...base.use, baseURL: `http://127.0.0.1:${PORT}` },
  webServer: {
    command: `node cli/serve-static.ts ${LARGE_OUT_DIR} ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
