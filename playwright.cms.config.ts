// End-to-end tests of the form editor (/admin/, Decap CMS) against its local backend: cli/cms.ts
// serves the built site and decap-server, which writes to a fresh copy of content/ in .build/cms-e2e,
// so the tests never touch the real content. Build first (npm run build).
import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

const PORT = Number(process.env.E2E_CMS_PORT ?? 4335);
const BACKEND_PORT = Number(process.env.E2E_CMS_BACKEND_PORT ?? 8091);

export default defineConfig({
  testDir: 'tests/e2e/cms',
  // One editor, one copy of the content: the tests run one after another.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list']],
  timeout: 120_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
    // The same Debian Chromium, flags and device as the main suite.
    launchOptions: base.use?.launchOptions ?? {},
  },
  projects: base.projects ?? [],
  webServer: {
    command: `node cli/cms.ts --port ${PORT} --backend-port ${BACKEND_PORT} --sandbox .build/cms-e2e --dist ${process.env.TT_OUT_DIR ?? 'dist'}`,
    url: `http://127.0.0.1:${PORT}/admin/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
