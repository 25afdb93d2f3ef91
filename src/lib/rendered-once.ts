// Markup that many pages repeat, rendered once per build. A service's finder row and handout
// entry are the same on every page that lists the service — the finder's pages, its row files and
// each single-filter page the service matches (about fifteen per service) — and rendering them
// again on every page was the largest per-page cost of a large region's build (BENCHMARKS.md).
//
// The cache is keyed by the data object the markup is made from (a finder row, which is gathered
// once per language), not by an id: when the data is gathered again (the dev server after a
// content edit), the old markup goes with the old object.

const byOwner = new WeakMap<object, Map<string, Promise<string>>>();

/** The HTML `render` makes for `owner`'s `part`, rendered on the first call and reused after it. */
export function renderedOnce(owner: object, part: string, render: () => Promise<string>): Promise<string> {
  let parts = byOwner.get(owner);
  if (!parts) byOwner.set(owner, (parts = new Map()));
  let html = parts.get(part);
  if (!html) parts.set(part, (html = render()));
  return html;
}
