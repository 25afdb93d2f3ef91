// Makes sure the Chromium for the end-to-end tests is present. Playwright cannot download its own
// browser here, so the tests use Debian's Chromium headless shell (cli/test-browser.ts): installed
// with apt when running as root, otherwise the script stops with a clear message.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { TEST_BROWSER, TEST_BROWSER_PACKAGE } from './test-browser.ts';

function install(): void {
  console.log(`Chromium puuttuu: asennetaan Debianin paketti ${TEST_BROWSER_PACKAGE} (apt-get)…`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', TEST_BROWSER_PACKAGE], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

if (!existsSync(TEST_BROWSER)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt && !process.env.CHROMIUM_PATH) {
    install();
  } else {
    console.error(
      `Chromium not found at ${TEST_BROWSER}. Install it first (as root: apt-get install -y ${TEST_BROWSER_PACKAGE}) ` +
        'or point CHROMIUM_PATH to an existing Chromium/Chrome binary, then run npm test again.',
    );
    process.exit(1);
  }
  if (!existsSync(TEST_BROWSER)) {
    console.error(`apt-get finished but ${TEST_BROWSER} is still missing; set CHROMIUM_PATH to the installed browser.`);
    process.exit(1);
  }
}
console.log(`Chromium: ${TEST_BROWSER}`);
