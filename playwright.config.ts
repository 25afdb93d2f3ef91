// End-to-end tests run against the built site (dist/) served by cli/serve-static.ts, in Debian's
// Chromium headless shell (cli/test-browser.ts; Playwright cannot download its own browser here).
import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { TEST_BROWSER } from './cli/test-browser.ts';

const PORT = Number(process.env.E2E_PORT ?? 4329);

export default defineConfig({
  testDir: 'tests/e2e',
  // The second region's own checks run under playwright.region.config.ts, against its own build.
  // The editor (/admin/) runs under playwright.cms.config.ts with its local backend.
  // opening-hours.spec.ts needs the second region's fictional place with structured hours.
  testIgnore: ['region/**', '**/tests/e2e/cms/**', 'opening-hours.spec.ts'],
  fullyParallel: true,
  // Two per core: a page test spends about half its time waiting for the network to go quiet.
  workers: Number(process.env.E2E_WORKERS ?? availableParallelism() * 2),
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
    launchOptions: {
      executablePath: TEST_BROWSER,
      // Without these, Chromium keeps trying to reach Google's services through a closed network.
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: `node cli/serve-static.ts ${process.env.TT_OUT_DIR ?? 'dist'} ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
