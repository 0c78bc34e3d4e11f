/** Attributes and children of an element built with `el`. Text is always set as text, never as HTML. */
type Child = Node | string | null | undefined | false;

/** createElement with attributes and children: the page never assigns innerHTML. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) node.setAttribute(name, value);
  for (const child of children) if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}

/** Arabic text from the data (a sentence, a name as written) in its own right-to-left element. */
export function arabic(text: string, tag: "span" | "div" | "p" = "span"): HTMLElement {
  return el(tag, { lang: "ar", dir: "rtl", class: "ar" }, text);
}

/**
 * Text whose direction is its own (a domain in an Arabic line, an Arabic name in an English one):
 * isolated so brackets and punctuation stay with it instead of jumping to the wrong end of the line.
 */
export function bdi(text: string, attrs: Record<string, string | undefined> = {}): HTMLElement {
  return el("bdi", attrs, text);
}

/** A link only for http(s) URLs: article URLs come from outside and could be javascript: ones. */
export function safeLink(href: string | null, text: string): HTMLElement {
  if (href !== null && /^https?:\/\//i.test(href)) return el("a", { href, target: "_blank", rel: "noopener noreferrer", dir: "ltr" }, text);
  return bdi(text);
}

export function byId(id: string): HTMLElement;
export function byId<T extends HTMLElement>(id: string, type: new () => T): T;
/** An element of index.html, checked to be of the expected kind. */
export function byId(id: string, type: new () => HTMLElement = HTMLElement): HTMLElement {
  const node = document.getElementById(id);
  if (!(node instanceof type)) throw new Error(`#${id} missing from index.html or not a ${type.name}`);
  return node;
}
