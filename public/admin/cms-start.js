// Starts Decap CMS in Finnish. config.yml (generated from src/schemas/) holds the forms; this adds
// the local editing server: when the editor runs on this machine (npm run cms), Decap talks to the
// proxy on the same origin instead of GitHub. On any other host Decap ignores local_backend.
/* global CMS, TT_CMS_FI */
CMS.registerLocale('fi', TT_CMS_FI);
CMS.init({ config: { local_backend: { url: `${window.location.origin}/api/v1` } } });
