// The browser the end-to-end tests run in, named in one place for playwright.config.ts and
// cli/ensure-browser.ts. Debian's Chromium headless shell (package chromium-headless-shell): the
// full browser in headless mode draws its own window interface for every new page, which took four
// times the CPU of a page test here (README, "Why the tests use Debian's Chromium headless shell").
// CHROMIUM_PATH points the tests to another Chromium or Chrome binary.
export const TEST_BROWSER = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell';

/** The Debian package that provides the default TEST_BROWSER. */
export const TEST_BROWSER_PACKAGE = 'chromium-headless-shell';
