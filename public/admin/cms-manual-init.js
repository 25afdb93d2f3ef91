// Decap CMS starts itself unless told otherwise; cms-start.js starts it after the Finnish texts
// are registered. A separate file, because the page's policy allows no inline script.
window.CMS_MANUAL_INIT = true;
