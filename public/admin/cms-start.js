// Starts Decap CMS in Finnish. config.yml (generated from src/schemas/) holds the forms; this adds
// what a configuration file cannot:
// - the local editing server: when the editor runs on this machine (npm run cms), Decap talks to the
//   proxy on the same origin instead of GitHub. On any other host Decap ignores local_backend.
// - before saving, fields the editor left empty are dropped. Decap writes an empty optional field
//   as "" (an untouched date, a cleared text), which the schemas reject: left out means "not given".
//   An empty list the file had (keywords: []) goes too; the schemas read a missing list as empty.
/* global CMS, TT_CMS_FI */
CMS.registerLocale('fi', TT_CMS_FI);

const isCollection = (value) => value !== null && typeof value === 'object' && typeof value.filter === 'function';

/**
 * Drops "", null and then-empty maps and lists from an Immutable map or list, at every depth: an
 * opened but unfilled group (opening hours, age limits) is left out, not written as {}.
 */
function withoutEmpty(value) {
  if (!isCollection(value)) return value;
  return value
    .map(withoutEmpty)
    .filter((item) => item !== '' && item !== null && item !== undefined && !(isCollection(item) && item.size === 0));
}

CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => withoutEmpty(entry.get('data')),
});

CMS.init({ config: { local_backend: { url: `${window.location.origin}/api/v1` } } });
