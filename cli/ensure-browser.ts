// Makes sure a Chromium for the end-to-end tests is present. Playwright cannot download its own
// browser here, so the tests use Debian's Chromium: installed with apt when running as root,
// otherwise the script stops with a clear message. CHROMIUM_PATH overrides the location.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function install(): void {
  console.log('Chromium puuttuu: asennetaan Debianin paketti chromium (apt-get)…');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

if (!existsSync(CHROMIUM_PATH)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    install();
  } else {
    console.error(
      `Chromium not found at ${CHROMIUM_PATH}. Install it first (as root: apt-get install -y chromium) ` +
        'or point CHROMIUM_PATH to an existing Chromium/Chrome binary, then run npm test again.',
    );
    process.exit(1);
  }
  if (!existsSync(CHROMIUM_PATH)) {
    console.error(`apt-get finished but ${CHROMIUM_PATH} is still missing; set CHROMIUM_PATH to the installed browser.`);
    process.exit(1);
  }
}
console.log(`Chromium: ${CHROMIUM_PATH}`);
