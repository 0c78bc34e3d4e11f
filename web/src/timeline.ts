import type { EventFeature } from "./api.ts";
import { el } from "./dom.ts";
import { EVENT_TYPE_LABELS, t } from "./labels.ts";
import type { EventType } from "../../src/model/conflict-event.ts";

const SVG = "http://www.w3.org/2000/svg";
const DAY_MS = 86_400_000;
const TYPE_ORDER = Object.keys(EVENT_TYPE_LABELS);

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

const dayNumber = (day: string) => Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
const dayString = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

/**
 * Events per day stacked by type (each bar's tooltip gives the day, type and count), with a date axis,
 * a count axis and a brush that is always drawn: the whole span when no range is chosen. Dragging
 * across the chart chooses days (reported through onBrush); a click or the "All dates" button clears them.
 */
export class Timeline {
  private readonly root: HTMLElement;
  private readonly onBrush: (from: string | null, to: string | null) => void;

  constructor(root: HTMLElement, onBrush: (from: string | null, to: string | null) => void) {
    this.root = root;
    this.onBrush = onBrush;
  }

  render(features: readonly EventFeature[], from: string | null, to: string | null): void {
    const chosen = from !== null || to !== null;
    const clear = el("button", { type: "button", "data-testid": "timeline-clear", disabled: chosen ? undefined : "" }, t("clearDates"));
    clear.addEventListener("click", () => this.onBrush(null, null));
    const head = el(
      "div",
      { class: "timeline-head" },
      el("span", {}, t("timelineLabel")),
      el("span", { class: "range", dir: "ltr", "data-testid": "timeline-range" }, chosen ? `${from ?? "…"} → ${to ?? "…"}` : ""),
      clear,
    );
    const width = Math.max(280, this.root.clientWidth - 12 || 800);
    const height = 92;
    const pad = { left: 28, right: 8, top: 6, bottom: 18 };
    const chart = svg("svg", { width, height, viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": t("timelineLabel"), dir: "ltr", "data-testid": "timeline-chart" });
    chart.classList.add("timeline-svg");
    this.root.replaceChildren(head, chart);
    const dated = features.filter((f) => f.properties.date !== null);
    if (dated.length === 0) return;
    const days = dated.map((f) => dayNumber(f.properties.date ?? ""));
    const first = Math.min(...days, from ? dayNumber(from) : Infinity);
    const last = Math.max(...days, to ? dayNumber(to) : -Infinity);
    const span = last - first + 1;
    const plotWidth = width - pad.left - pad.right;
    const plotHeight = height - pad.top - pad.bottom;
    const x = (day: number) => pad.left + ((day - first) / span) * plotWidth;
    const barWidth = Math.max(1, plotWidth / span - 1);
    const counts = new Map<number, Map<EventType, number>>();
    for (const f of dated) {
      const day = dayNumber(f.properties.date ?? "");
      const byType = counts.get(day) ?? new Map<EventType, number>();
      byType.set(f.properties.event_type, (byType.get(f.properties.event_type) ?? 0) + 1);
      counts.set(day, byType);
    }
    const max = Math.max(...[...counts.values()].map((m) => [...m.values()].reduce((a, b) => a + b, 0)));
    const axis = svg("g", { class: "axis" });
    chart.append(axis);
    // Count axis: 0, the middle and the top.
    for (const value of [...new Set([0, Math.round(max / 2), max])]) {
      const y = height - pad.bottom - (value / max) * plotHeight;
      axis.append(svg("line", { x1: pad.left, x2: width - pad.right, y1: y, y2: y, stroke: value === 0 ? "#888" : "#e3e6ea" }), svg("text", { x: pad.left - 4, y: y + 3, "text-anchor": "end" }, String(value)));
    }
    // Date axis: as many labelled days as fit, about every 100 px.
    const labels = Math.max(2, Math.floor(plotWidth / 100));
    const step = Math.max(1, Math.ceil(span / labels));
    for (let day = first; day <= last; day += step) {
      const cx = x(day) + barWidth / 2;
      axis.append(svg("line", { x1: cx, x2: cx, y1: height - pad.bottom, y2: height - pad.bottom + 3, stroke: "#888" }), svg("text", { x: cx, y: height - 4, "text-anchor": day === first ? "start" : "middle" }, dayString(day)));
    }
    for (const [day, byType] of counts) {
      let y = height - pad.bottom;
      for (const type of [...byType.keys()].sort((a, b) => TYPE_ORDER.indexOf(a) - TYPE_ORDER.indexOf(b))) {
        const n = byType.get(type) ?? 0;
        const h = (n / max) * plotHeight;
        y -= h;
        const bar = svg("rect", { x: x(day), y, width: barWidth, height: h, fill: EVENT_TYPE_LABELS[type].color });
        bar.append(svg("title", {}, `${dayString(day)} · ${t(EVENT_TYPE_LABELS[type])}: ${n}`));
        chart.append(bar);
      }
    }
    const brush = svg("rect", { y: pad.top, height: plotHeight, x: pad.left, width: plotWidth, class: "brush", "data-testid": "timeline-brush" });
    const handles = [svg("rect", { y: pad.top, height: plotHeight, width: 4, class: "brush-handle" }), svg("rect", { y: pad.top, height: plotHeight, width: 4, class: "brush-handle" })];
    chart.append(brush, ...handles);
    const showBrush = (a: number, b: number) => {
      const lo = Math.min(a, b);
      const hi = Math.max(a, b);
      const left = x(lo);
      const right = Math.max(left + 2, x(hi + 1));
      brush.setAttribute("x", String(left));
      brush.setAttribute("width", String(right - left));
      handles[0]!.setAttribute("x", String(left - 2));
      handles[1]!.setAttribute("x", String(right - 2));
    };
    showBrush(from ? dayNumber(from) : first, to ? dayNumber(to) : last);
    brush.style.opacity = chosen ? "1" : "0.35";
    const dayAt = (clientX: number) => {
      const box = chart.getBoundingClientRect();
      const px = ((clientX - box.left) / box.width) * width;
      return Math.min(last, Math.max(first, first + Math.floor(((px - pad.left) / plotWidth) * span)));
    };
    let start: number | null = null;
    let startX = 0;
    chart.addEventListener("pointerdown", (e) => {
      start = dayAt(e.clientX);
      startX = e.clientX;
      chart.setPointerCapture(e.pointerId);
      brush.style.opacity = "1";
      showBrush(start, start);
    });
    chart.addEventListener("pointermove", (e) => {
      if (start !== null) showBrush(start, dayAt(e.clientX));
    });
    chart.addEventListener("pointerup", (e) => {
      if (start === null) return;
      const end = dayAt(e.clientX);
      const dragged = Math.abs(e.clientX - startX) > 3;
      const lo = Math.min(start, end);
      const hi = Math.max(start, end);
      start = null;
      if (dragged) this.onBrush(dayString(lo), dayString(hi));
      else this.onBrush(null, null);
    });
  }
}
