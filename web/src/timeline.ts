import type { EventFeature } from "./api.ts";
import { EVENT_TYPES, typeColor } from "./labels.ts";

const SVG = "http://www.w3.org/2000/svg";
const DAY_MS = 86_400_000;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  return node;
}

const dayNumber = (day: string) => Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
const dayString = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

/**
 * Events per day stacked by type, as SVG. Dragging across it brushes a day range (reported through
 * onBrush); a click without dragging, or the clear button, removes the range.
 */
export class Timeline {
  private readonly root: HTMLElement;
  private readonly onBrush: (from: string | null, to: string | null) => void;

  constructor(root: HTMLElement, onBrush: (from: string | null, to: string | null) => void) {
    this.root = root;
    this.onBrush = onBrush;
  }

  render(features: readonly EventFeature[], from: string | null, to: string | null): void {
    this.root.replaceChildren();
    const dated = features.filter((f) => f.properties.date !== null);
    const width = Math.max(300, this.root.clientWidth || 800);
    const height = 110;
    const pad = { left: 30, right: 10, top: 8, bottom: 22 };
    const chart = svg("svg", { width, height, viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "Events per day, stacked by type" });
    chart.classList.add("timeline-svg");
    this.root.append(chart);
    if (dated.length === 0) return;
    const days = dated.map((f) => dayNumber(f.properties.date!));
    const first = Math.min(...days);
    const last = Math.max(...days);
    const span = last - first + 1;
    const plotWidth = width - pad.left - pad.right;
    const x = (day: number) => pad.left + ((day - first) / span) * plotWidth;
    const barWidth = Math.max(1, plotWidth / span - 1);
    const counts = new Map<number, Map<string, number>>();
    for (const f of dated) {
      const day = dayNumber(f.properties.date!);
      const byType = counts.get(day) ?? new Map<string, number>();
      byType.set(f.properties.event_type, (byType.get(f.properties.event_type) ?? 0) + 1);
      counts.set(day, byType);
    }
    const max = Math.max(...[...counts.values()].map((m) => [...m.values()].reduce((a, b) => a + b, 0)));
    const plotHeight = height - pad.top - pad.bottom;
    const rank = (type: string) => {
      const i = EVENT_TYPES.findIndex((t) => t.en === type);
      return i < 0 ? EVENT_TYPES.length : i;
    };
    for (const [day, byType] of counts) {
      let y = height - pad.bottom;
      const types = [...byType.keys()].sort((a, b) => rank(a) - rank(b));
      for (const type of types) {
        const h = ((byType.get(type) ?? 0) / max) * plotHeight;
        y -= h;
        const bar = svg("rect", { x: x(day), y, width: barWidth, height: h, fill: typeColor(type) });
        const title = svg("title", {});
        title.textContent = `${dayString(day)} · ${type}: ${byType.get(type)}`;
        bar.append(title);
        chart.append(bar);
      }
    }
    chart.append(svg("line", { x1: pad.left, x2: width - pad.right, y1: height - pad.bottom, y2: height - pad.bottom, stroke: "#888" }));
    for (const [day, anchor] of [[first, "start"], [last, "end"]] as const) {
      const label = svg("text", { x: anchor === "start" ? pad.left : width - pad.right, y: height - 6, "text-anchor": anchor, "font-size": 11, fill: "#444" });
      label.textContent = dayString(day);
      chart.append(label);
    }
    const maxLabel = svg("text", { x: pad.left - 4, y: pad.top + 10, "text-anchor": "end", "font-size": 11, fill: "#444" });
    maxLabel.textContent = String(max);
    chart.append(maxLabel);

    const brush = svg("rect", { y: pad.top, height: plotHeight, x: 0, width: 0, class: "brush" });
    chart.append(brush);
    const dayAt = (clientX: number) => {
      const box = chart.getBoundingClientRect();
      const px = ((clientX - box.left) / box.width) * width;
      return Math.min(last, Math.max(first, first + Math.floor(((px - pad.left) / plotWidth) * span)));
    };
    const showBrush = (a: number, b: number) => {
      const lo = Math.min(a, b);
      const hi = Math.max(a, b);
      brush.setAttribute("x", String(x(lo)));
      brush.setAttribute("width", String(Math.max(2, x(hi + 1) - x(lo))));
    };
    if (from !== null || to !== null) showBrush(from ? dayNumber(from) : first, to ? dayNumber(to) : last);
    let start: number | null = null;
    let startX = 0;
    chart.addEventListener("pointerdown", (e) => {
      start = dayAt(e.clientX);
      startX = e.clientX;
      chart.setPointerCapture(e.pointerId);
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
