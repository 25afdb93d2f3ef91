// End-to-end checks of the second region (tests/fixtures/toinen-alue), built into .build/toinen-alue
// by `npm run build:region`: the content-independent, site-wide specs of the main suite (axe, HTML
// validity, links, privacy, storage) run again over that build, plus tests/e2e/region/, which checks
// that nothing of the main region leaks into its pages. Same browser and settings as the main config.
import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

export const REGION_OUT_DIR = '.build/toinen-alue';
const PORT = Number(process.env.E2E_REGION_PORT ?? 4330);
// The shared specs read the output folder from TT_OUT_DIR (tests/support/e2e/site.ts).
process.env.TT_OUT_DIR = REGION_OUT_DIR;

export default defineConfig({
  ...base,
  testMatch: ['accessibility.spec.ts', 'html-validity.spec.ts', 'links.spec.ts', 'privacy.spec.ts', 'no-storage.spec.ts', 'opening-hours.spec.ts', 'region/*.spec.ts'],
  testIgnore: [],
  use: { ...base.use, baseURL: `http://127.0.0.1:${PORT}` },
  webServer: {
    command: `node cli/serve-static.ts ${REGION_OUT_DIR} ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
