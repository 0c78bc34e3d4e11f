/** Attributes and children of an element built with `el`. Text is always set as text, never as HTML. */
type Child = Node | string | null | undefined | false;

/** createElement with attributes and children: the page never assigns innerHTML. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) node.setAttribute(name, value);
  for (const child of children) if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}

/** An English label followed by its Arabic one, the Arabic marked as such so it renders right-to-left. */
export function bilingual(en: string, ar: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  fragment.append(en, " · ", el("span", { lang: "ar", dir: "rtl", class: "ar" }, ar));
  return fragment;
}

/** Arabic text in its own right-to-left element. */
export function arabic(text: string, tag: "span" | "div" | "p" = "span"): HTMLElement {
  return el(tag, { lang: "ar", dir: "rtl", class: "ar" }, text);
}

/** A link only for http(s) URLs: article URLs come from outside and could be javascript: ones. */
export function safeLink(href: string | null, text: string): HTMLElement {
  if (href !== null && /^https?:\/\//i.test(href)) return el("a", { href, target: "_blank", rel: "noopener noreferrer" }, text);
  return el("span", {}, text);
}
