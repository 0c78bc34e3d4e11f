import type { PathCommand } from "./glyph-pbf.ts";

export interface GlyphOutline {
  readonly commands: readonly PathCommand[];
  /** Advance width in pixels. */
  readonly advance: number;
}

export interface GlyphSdf {
  /** One byte per pixel, (width + 2·border) × (height + 2·border); empty for blank glyphs. */
  readonly bitmap: Uint8Array<ArrayBuffer>;
  readonly width: number;
  readonly height: number;
  /** Left bearing, and top of the glyph box above the baseline, in pixels. */
  readonly left: number;
  readonly top: number;
}

type Segment = readonly [number, number, number, number];

/** How far, in pixels, the field reaches on each side of the outline (mapbox/glyph-pbf's radius). */
const RADIUS = 8;
/** Where the outline sits in 0…1 (255 · 0.75 ≈ 192, the threshold MapLibre's text shader uses). */
const CUTOFF = 0.25;

/**
 * The signed distance field of an outline given in pixels, y down, baseline at y = 0 (opentype.js's
 * `getPath(0, 0, size)`). Distances are exact to the flattened outline; inside is decided by the
 * non-zero winding rule, as fonts are filled.
 */
export function glyphSdf(commands: readonly PathCommand[], border: number): GlyphSdf {
  const segments = flatten(commands);
  if (segments.length === 0) return { bitmap: new Uint8Array(0), width: 0, height: 0, left: 0, top: 0 };
  const xs = segments.flatMap((s) => [s[0], s[2]]);
  const ys = segments.flatMap((s) => [s[1], s[3]]);
  const left = Math.floor(Math.min(...xs));
  const right = Math.ceil(Math.max(...xs));
  const top = Math.floor(Math.min(...ys));
  const bottom = Math.ceil(Math.max(...ys));
  const width = right - left;
  const height = bottom - top;
  const w = width + 2 * border;
  const h = height + 2 * border;
  const bitmap = new Uint8Array(w * h);
  const flat = Float64Array.from(segments.flat());
  for (let row = 0; row < h; row++) {
    const py = top - border + row + 0.5;
    for (let col = 0; col < w; col++) {
      const px = left - border + col + 0.5;
      let best = Infinity;
      let winding = 0;
      for (let i = 0; i < flat.length; i += 4) {
        const x0 = flat[i]!;
        const y0 = flat[i + 1]!;
        const x1 = flat[i + 2]!;
        const y1 = flat[i + 3]!;
        const d = distanceSquared(px, py, x0, y0, x1, y1);
        if (d < best) best = d;
        if (y0 <= py) {
          if (y1 > py && cross(x0, y0, x1, y1, px, py) > 0) winding++;
        } else if (y1 <= py && cross(x0, y0, x1, y1, px, py) < 0) winding--;
      }
      const signed = (winding !== 0 ? -1 : 1) * Math.sqrt(best);
      bitmap[row * w + col] = Math.max(0, Math.min(255, Math.round(255 - 255 * (signed / RADIUS + CUTOFF))));
    }
  }
  return { bitmap, width, height, left, top: -top };
}

const cross = (x0: number, y0: number, x1: number, y1: number, px: number, py: number) => (x1 - x0) * (py - y0) - (px - x0) * (y1 - y0);

function distanceSquared(px: number, py: number, x0: number, y0: number, x1: number, y1: number): number {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((px - x0) * dx + (py - y0) * dy) / length));
  const ex = x0 + t * dx - px;
  const ey = y0 + t * dy - py;
  return ex * ex + ey * ey;
}

/** Curves as short line segments (8 per curve is well under a pixel at 24 px). */
function flatten(commands: readonly PathCommand[]): Segment[] {
  const out: Segment[] = [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  const line = (nx: number, ny: number) => {
    if (nx !== x || ny !== y) out.push([x, y, nx, ny]);
    x = nx;
    y = ny;
  };
  const STEPS = 8;
  for (const c of commands) {
    if (c.type === "M") {
      if (x !== startX || y !== startY) line(startX, startY);
      x = startX = c.x;
      y = startY = c.y;
    } else if (c.type === "L") line(c.x, c.y);
    else if (c.type === "Q") {
      const [x0, y0] = [x, y];
      for (let i = 1; i <= STEPS; i++) {
        const t = i / STEPS;
        const u = 1 - t;
        line(u * u * x0 + 2 * u * t * c.x1 + t * t * c.x, u * u * y0 + 2 * u * t * c.y1 + t * t * c.y);
      }
    } else if (c.type === "C") {
      const [x0, y0] = [x, y];
      for (let i = 1; i <= STEPS; i++) {
        const t = i / STEPS;
        const u = 1 - t;
        line(u * u * u * x0 + 3 * u * u * t * c.x1 + 3 * u * t * t * c.x2 + t * t * t * c.x, u * u * u * y0 + 3 * u * u * t * c.y1 + 3 * u * t * t * c.y2 + t * t * t * c.y);
      }
    } else line(startX, startY);
  }
  if (x !== startX || y !== startY) line(startX, startY);
  return out;
}
