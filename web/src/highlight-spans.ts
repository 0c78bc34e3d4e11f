import { el } from "./dom.ts";

export interface Highlight {
  readonly start: number;
  readonly end: number;
  readonly className: string;
  readonly title?: string;
  readonly onClick?: () => void;
}

/**
 * Text with marked spans, built from text nodes and <mark> elements only (article text is never
 * parsed as HTML). Offsets are into `text` shifted by `offset`. Where spans overlap, the shortest
 * one wins, so a place inside a longer actor phrase still shows as a place.
 */
export function highlightSpans(text: string, highlights: readonly Highlight[], offset = 0): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const inside = highlights
    .map((h) => ({ ...h, start: Math.max(0, h.start - offset), end: Math.min(text.length, h.end - offset) }))
    .filter((h) => h.end > h.start);
  const cuts = [...new Set([0, text.length, ...inside.flatMap((h) => [h.start, h.end])])].sort((a, b) => a - b);
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i]!;
    const to = cuts[i + 1]!;
    const piece = text.slice(from, to);
    const covering = inside.filter((h) => h.start <= from && h.end >= to).sort((a, b) => a.end - a.start - (b.end - b.start));
    const top = covering[0];
    if (top === undefined) {
      fragment.append(piece);
      continue;
    }
    const mark = el("mark", { class: covering.map((h) => h.className).join(" "), title: top.title });
    mark.textContent = piece;
    if (top.onClick) {
      mark.tabIndex = 0;
      mark.classList.add("linked");
      mark.addEventListener("click", top.onClick);
    }
    fragment.append(mark);
  }
  return fragment;
}
