/**
 * MapLibre glyph ranges (the `glyphs` URL of a style: `{fontstack}/{range}.pbf`) made at build time
 * from a font file shipped in an npm package, so map labels need no glyph server.
 *
 * Each range is 256 code points; each glyph is a signed distance field of the glyph at 24 px with a
 * 3 px border, as MapLibre expects (the format of mapbox/glyph-pbf: 192 ≈ the outline, 8 px of
 * distance on either side). Arabic labels are shaped into presentation forms (U+FB50–FEFF) by the
 * RTL text plugin before MapLibre looks their glyphs up, so those ranges are built too.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { glyphSdf, type GlyphOutline } from "./glyph-sdf.ts";

/** The smallest shape of an opentype.js font that the glyph builder reads. */
export interface OutlineFont {
  readonly unitsPerEm: number;
  charToGlyphIndex(char: string): number;
  charToGlyph(char: string): {
    readonly advanceWidth?: number;
    getPath(x: number, y: number, fontSize: number): { readonly commands: readonly PathCommand[] };
  };
}

export type PathCommand =
  | { readonly type: "M" | "L"; readonly x: number; readonly y: number }
  | { readonly type: "Q"; readonly x1: number; readonly y1: number; readonly x: number; readonly y: number }
  | { readonly type: "C"; readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number; readonly x: number; readonly y: number }
  | { readonly type: "Z" };

/**
 * The glyph ranges rasd's labels use: Latin, Latin Extended-A/B, Arabic, Arabic Supplement, general
 * Latin Extended Additional (GeoNames' Ḩ, ḩ), punctuation, and the presentation forms the RTL plugin's shaping produces (FB50–FBFF for Persian
 * and Kurdish letters, FE70–FEFF for the Arabic letters' positional forms and lam-alef).
 */
export const GLYPH_RANGE_STARTS: readonly number[] = [0, 256, 1536, 1792, 7680, 8192, 64256, 65024];

export const GLYPH_SIZE = 24;
const BORDER = 3;
/**
 * Glyph PBFs give `top` from the top of the em box, not from the baseline (fontnik subtracts the
 * ascender, one em at 24 px): MapLibre then centres a line of text on its anchor.
 */
const EM_TOP = 24;

/** Load a WOFF/TTF/OTF file with opentype.js. */
export function loadFont(path: string): OutlineFont {
  const require = createRequire(import.meta.url);
  const opentype = require("opentype.js") as { parse(buffer: ArrayBuffer): OutlineFont };
  const bytes = readFileSync(path);
  return opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
}

/**
 * One range of a font stack as a glyph PBF. `fonts` are tried in order for each code point (a
 * fontsource family comes as one file per script subset).
 */
export function glyphRangePbf(fontstack: string, fonts: readonly OutlineFont[], start: number): Uint8Array<ArrayBuffer> {
  const end = start + 255;
  const glyphs: Uint8Array[] = [];
  for (let cp = start; cp <= end; cp++) {
    const char = String.fromCodePoint(cp);
    const font = fonts.find((f) => f.charToGlyphIndex(char) > 0);
    if (font === undefined) continue;
    glyphs.push(encodeGlyph(cp, outlineOf(font, char)));
  }
  const stack = concat([field(1, text(fontstack)), field(2, text(`${start}-${end}`)), ...glyphs.map((g) => field(3, g))]);
  return field(1, stack);
}

function outlineOf(font: OutlineFont, char: string): GlyphOutline {
  const glyph = font.charToGlyph(char);
  const scale = GLYPH_SIZE / font.unitsPerEm;
  const commands = glyph.getPath(0, 0, GLYPH_SIZE).commands;
  return { commands, advance: Math.round((glyph.advanceWidth ?? 0) * scale) };
}

function encodeGlyph(id: number, outline: GlyphOutline): Uint8Array<ArrayBuffer> {
  const sdf = glyphSdf(outline.commands, BORDER);
  const parts = [varintField(1, id)];
  if (sdf.width > 0) parts.push(field(2, sdf.bitmap));
  parts.push(varintField(3, sdf.width), varintField(4, sdf.height), varintField(5, zigzag(sdf.left)), varintField(6, zigzag(sdf.top - EM_TOP)), varintField(7, outline.advance));
  return concat(parts);
}

// Protocol buffers, the little this format needs: varints and length-delimited fields.
function varint(n: number): number[] {
  const out: number[] = [];
  let v = n >>> 0;
  while (v > 127) {
    out.push((v & 127) | 128);
    v >>>= 7;
  }
  out.push(v);
  return out;
}
const zigzag = (n: number) => (n << 1) ^ (n >> 31);
const varintField = (tag: number, n: number) => Uint8Array.from([...varint(tag << 3), ...varint(n)]);
const field = (tag: number, bytes: Uint8Array) => concat([Uint8Array.from([...varint((tag << 3) | 2), ...varint(bytes.length)]), bytes]);
const text = (s: string) => new TextEncoder().encode(s);

function concat(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
