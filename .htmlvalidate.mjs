// html-validate configuration for the built pages (tests/e2e/html-validity.spec.ts; by hand:
// `npx html-validate dist/`). A .mjs file rather than .htmlvalidate.json because every exception
// needs a reason next to it and html-validate reads JSON configs with plain JSON.parse.
//
// The strictest preset plus the whole-document rules (heading levels, references such as
// aria-labelledby to ids that exist, labelled inputs, doctype). Fix the markup in src/ rather than
// adding an exception here; an exception for one element goes next to it in the template as
// <!-- [html-validate-disable-next RULE -- why] -->.

/** @type {import('html-validate').ConfigData} */
export default {
  root: true,
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: {
    // Titles are the full service and organisation names editors write (often an official name
    // with its abbreviation), plus the site name. The 70-character limit is a search-engine
    // heuristic, not validity or accessibility: WCAG 2.4.2 asks for titles that describe the page,
    // and search engines shorten long titles themselves.
    'long-title': 'off',
    // compressHTML writes the whitespace between `{' '}` and the next line as " \n". Invisible,
    // lossless and not ours to format: Prettier formats the templates.
    'no-trailing-whitespace': 'off',
    // Subresource integrity protects files from other origins. Every script and stylesheet here is
    // from our own origin (the CSP allows nothing else), so the rule applies to cross-origin
    // resources only – there should be none, and one without integrity still fails.
    'require-sri': ['error', { target: 'crossorigin' }],
  },
};
