// Hostile-content checks on a Markdown/MDX body, on its syntax tree rather than its text: an MDX
// body is code that runs while the site is built, and a Markdown parser decodes `java&#115;cript:`
// and reference links that a text pattern cannot see. Everything an editor needs still passes:
// text, headings, lists, emphasis and links to https:, http:, mailto:, tel: or the site itself.
import { markdownToMdast, mdxToMdast } from 'satteri';
import { SAFE_SCHEMES } from '../../schemas/common.ts';
import type { ContentIssue } from './issues.ts';
import type { SourceFile } from './source-file.ts';

interface Node {
  type: string;
  url?: string;
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

/** Elements that run code, load other documents or submit data; none belongs in service text. */
const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'link',
  'meta',
  'base',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'svg',
  'math',
  'template',
  'noscript',
  'portal',
]);

/** Attributes whose value is an address. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'cite', 'background', 'srcset']);

/** The scheme of an address as a browser reads it (it drops tabs, newlines and leading spaces). */
export function urlScheme(url: string): string | undefined {
  // Control characters are exactly what a browser strips, so this regex must match them.
  // eslint-disable-next-line no-control-regex
  const compact = url.replace(/[\u0000-\u0020\u007f]+/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
}

export function isSafeUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === undefined || (SAFE_SCHEMES as readonly string[]).includes(`${scheme}:`);
}

/** How to fix code in a body when the editor works in the form editor (/admin/, Decap CMS). */
export const IN_THE_FORM_EDITOR =
  'Lomake-editorissa (/admin/): avaa Sisältö-kentän Markdown-tila (kytkin kentän yläpuolella), poista koodi ja tallenna.';

const MDX_COMMENT = /^\s*\/\*[\s\S]*\*\/\s*$/;
const RAW_HTML_DANGER =
  /<\s*\/?\s*(script|style|iframe|frame|object|embed|applet|link|meta|base|form|svg|math|template)\b|\son[a-z]+\s*=|\sstyle\s*=|(?:href|src|action)\s*=\s*["']?\s*(?!https?:|mailto:|tel:|\/|#)[a-z][a-z0-9+.-]*:/i;

/**
 * Problems in one body. `reported` are issues the text-based link check already gave for this
 * file: a link it flagged on the same line is not reported twice.
 */
export function checkBodySafety(source: SourceFile, reported: readonly ContentIssue[] = []): ContentIssue[] {
  if (source.body.trim() === '') return [];
  const isMdx = /\.mdx$/i.test(source.file);
  let tree: Node;
  try {
    tree = (isMdx ? mdxToMdast : markdownToMdast)(source.body, { features: { gfm: true } }) as unknown as Node;
  } catch {
    return []; // A body that does not compile is reported by checkMdxBody.
  }
  const issues: ContentIssue[] = [];
  const flaggedLines = new Set(reported.filter((issue) => issue.field === '(sisältö)').map((issue) => issue.line));
  const add = (node: Node, message: string) => {
    const line = source.bodyStartLine + (node.position?.start.line ?? 1) - 1;
    if (!issues.some((issue) => issue.line === line && issue.message === message))
      issues.push({ file: source.file, line, field: '(sisältö)', severity: 'error', message });
  };

  const checkUrl = (node: Node, url: string) => {
    if (isSafeUrl(url) || flaggedLines.has(source.bodyStartLine + (node.position?.start.line ?? 1) - 1)) return;
    add(
      node,
      `Linkin osoite "${url.slice(0, 60)}" ei kelpaa: sallittuja ovat https:, http:, mailto: ja tel: sekä sivuston omat osoitteet (/palvelut/…).`,
    );
  };

  const visit = (node: Node) => {
    switch (node.type) {
      case 'link':
      case 'image':
      case 'definition':
        if (node.url !== undefined) checkUrl(node, node.url);
        break;
      case 'mdxjsEsm':
        add(
          node,
          `import- ja export-rivit ajetaan koodina, kun sivusto rakennetaan. Sisältötiedostossa niitä ei käytetä: poista rivi. ${IN_THE_FORM_EDITOR}`,
        );
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!MDX_COMMENT.test(String(node.value ?? ''))) {
          add(
            node,
            `Aaltosulkeissa { } oleva teksti ajetaan koodina, kun sivusto rakennetaan. Jos tarkoitit aaltosulkeita tekstiksi, kirjoita \\{ ja \\}. ${IN_THE_FORM_EDITOR}`,
          );
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, add, checkUrl);
        break;
      case 'html':
        if (RAW_HTML_DANGER.test(String(node.value ?? ''))) {
          add(
            node,
            `Tekstissä on HTML-koodia, joka voisi ajaa skriptejä tai ladata muita sivuja (esim. <script>, <iframe>, onclick=, style=). Kirjoita sisältö tavallisena tekstinä. ${IN_THE_FORM_EDITOR}`,
          );
        }
        break;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return issues;
}

function checkElement(node: Node, add: (node: Node, message: string) => void, checkUrl: (node: Node, url: string) => void): void {
  const name = (node.name ?? '').toLowerCase();
  if (FORBIDDEN_ELEMENTS.has(name)) {
    add(
      node,
      `Elementti <${name}> ei kuulu sisältöön: se voi ajaa koodia tai ladata toisen sivun. Poista se ja kirjoita sisältö tavallisena tekstinä. ${IN_THE_FORM_EDITOR}`,
    );
  }
  for (const attribute of node.attributes ?? []) {
    const attributeName = (attribute.name ?? '').toLowerCase();
    if (attribute.type === 'mdxJsxExpressionAttribute' || (attribute.value !== null && typeof attribute.value === 'object')) {
      add(
        node,
        `Elementin <${name}> ominaisuus aaltosulkeissa { } ajetaan koodina. Kirjoita arvo lainausmerkkeihin tai käytä Markdown-linkkiä [teksti](https://…).`,
      );
    } else if (/^on/.test(attributeName) || attributeName === 'style') {
      add(
        node,
        `Ominaisuus ${attribute.name}= ei ole sallittu: se ajaa koodia tai muotoilee sivua sisällön ohi. Poista se. ${IN_THE_FORM_EDITOR}`,
      );
    } else if (URL_ATTRIBUTES.has(attributeName) && typeof attribute.value === 'string') {
      checkUrl(node, attribute.value);
    }
  }
}
