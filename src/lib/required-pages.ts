// Pages every region's content folder must have: they are linked from the header and footer
// (and the accessibility statement is required by law). The validator reports a missing one.

/** Rendered by src/pages/[...lang]/[page].astro. */
export const STATIC_PAGES = ['tietoa', 'yhteystiedot', 'saavutettavuusseloste', 'tietosuoja'] as const;

/**
 * Every page id that must exist in content/pages: the static pages, the self-help page and the open
 * data page (its text introduces the exports; the footer of every page links to it).
 */
export const REQUIRED_PAGES = [...STATIC_PAGES, 'oma-apu', 'avoin-data'] as const;
