import { RasdError } from "../errors/rasd-error.ts";

/**
 * How much HTML one page may make us parse. A news page has a few thousand elements nested a few
 * dozen deep; a page far beyond that is hostile or broken, and Readability's work grows with both
 * (10,000 nested `<div>`s took minutes and then overflowed the stack). Pages over a limit are
 * refused with a clear message before Readability runs.
 */
export const MAX_HTML_ELEMENTS = 20_000;
export const MAX_HTML_DEPTH = 256;

/**
 * Count start tags in the raw HTML before it is parsed at all: a linear scan, so a page of a million
 * tags is refused without building a million-node DOM.
 *
 *   checkHtmlTagCount("<p>a</p>") // passes
 */
export function checkHtmlTagCount(html: string, where: string | undefined = undefined): void {
  let tags = 0;
  for (let i = html.indexOf("<"); i !== -1; i = html.indexOf("<", i + 1)) {
    const next = html.charCodeAt(i + 1);
    // A-Z or a-z: a start tag (end tags, comments and text "<" are not counted).
    if ((next >= 65 && next <= 90) || (next >= 97 && next <= 122)) {
      if (++tags > MAX_HTML_ELEMENTS) throw tooMany(`more than ${MAX_HTML_ELEMENTS} elements`, where);
    }
  }
}

/** Minimal DOM shape: an element with children. */
export interface ShapeNode {
  readonly nodeType: number;
  readonly childNodes: ArrayLike<ShapeNode>;
}

/**
 * Refuse a parsed document nested deeper than MAX_HTML_DEPTH or holding more than MAX_HTML_ELEMENTS
 * elements. The walk is iterative (an explicit stack), so depth cannot overflow the call stack.
 */
export function checkHtmlShape(root: ShapeNode, where: string | undefined = undefined): void {
  const stack: [ShapeNode, number][] = [[root, 0]];
  let elements = 0;
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node.nodeType !== 1) continue;
    if (++elements > MAX_HTML_ELEMENTS) throw tooMany(`more than ${MAX_HTML_ELEMENTS} elements`, where);
    if (depth > MAX_HTML_DEPTH) throw tooMany(`elements nested more than ${MAX_HTML_DEPTH} deep`, where);
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) stack.push([children[i]!, depth + 1]);
  }
}

function tooMany(what: string, where: string | undefined): RasdError {
  return new RasdError("too-large", `page refused: ${what} (a news page has far fewer)`, where === undefined ? {} : { file: where });
}
