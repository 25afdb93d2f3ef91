// Rules for each entry file on its own: a usable id, an MDX body that compiles, safe links.
import { checkBodyLinks, checkIdFormat, checkMdxBody } from '../check-entries.ts';
import { checkBodySafety } from '../body-safety.ts';
import { allEntries, type ContentRule } from '../content-context.ts';

/** The file name is the entry's id, and ids are kebab-case (it becomes the page address). */
export const fileIds: ContentRule = {
  name: 'file-ids',
  check: (context) => allEntries(context).flatMap(({ source }) => checkIdFormat(source)),
};

/** Astro compiles .mdx bodies; a stray `{` or `<!--` would stop the build with an English message. */
export const mdxCompiles: ContentRule = {
  name: 'mdx-compiles',
  check: (context) => allEntries(context).flatMap(({ source }) => checkMdxBody(source)),
};

/** Links in bodies use safe schemes and say where they go; no scripts, imports or raw HTML tricks. */
export const bodyLinks: ContentRule = {
  name: 'body-links',
  check: (context) =>
    allEntries(context)
      .filter(({ source }) => /\.mdx?$/i.test(source.file))
      .flatMap(({ source }) => {
        const linkIssues = checkBodyLinks(source);
        return [...linkIssues, ...checkBodySafety(source, linkIssues)];
      }),
};
