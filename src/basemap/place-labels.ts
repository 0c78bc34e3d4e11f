import type { FeatureCollection, Point } from "geojson";
import type { PlaceEntry, PlaceKind } from "../places/place-entry.ts";

export interface PlaceLabelProperties {
  readonly id: string;
  readonly name_ar: string;
  readonly name_en: string;
  readonly kind: PlaceKind;
  /** The zoom from which the label is drawn: governorates first, villages last. */
  readonly minzoom: number;
  /** Larger first when labels collide (MapLibre's symbol-sort-key: lower wins). */
  readonly rank: number;
}

/**
 * The zoom at which each kind of place gets its label. Towns appear by size: a city of 100 000 at
 * zoom 6, a town at 8, every village by zoom 9 (the zoom of one front line).
 */
const LABEL_ZOOM: Readonly<Record<PlaceKind, ((population: number) => number) | null>> = {
  country: null,
  governorate: () => 5,
  district: () => 8,
  subdistrict: () => 10,
  city: (p) => (p >= 500_000 ? 4 : p >= 100_000 ? 6 : 7),
  town: (p) => (p >= 100_000 ? 6 : p >= 20_000 ? 7.5 : 8.5),
  village: (p) => (p >= 10_000 ? 8.5 : 9),
  neighbourhood: () => 11,
  hill: () => 10,
  mountain: () => 9,
  camp: () => 10,
  plain: () => 9.5,
  valley: () => 9.5,
  area: () => 9.5,
  axis: null,
  base: () => 10,
  road: null,
  farm: () => 11,
};

/** Gazetteer entries as label points for the basemap (countries have their own layer). */
export function placeLabels(entries: readonly PlaceEntry[]): FeatureCollection<Point, PlaceLabelProperties> {
  const seen = new Set<string>();
  const features = [];
  for (const e of entries) {
    const zoom = LABEL_ZOOM[e.kind]?.(e.population);
    // A district named after its seat town is labelled by the town.
    const key = `${e.name_ar}|${Math.round(e.lat * 50)}|${Math.round(e.lon * 50)}`;
    if (zoom === undefined || seen.has(key)) continue;
    seen.add(key);
    features.push({
      type: "Feature" as const,
      geometry: { type: "Point" as const, coordinates: [round(e.lon), round(e.lat)] },
      properties: { id: e.id, name_ar: e.name_ar, name_en: e.name_en, kind: e.kind, minzoom: zoom, rank: Math.round(zoom * 10) - Math.min(9, Math.log10(e.population + 1)) },
    });
  }
  return { type: "FeatureCollection", features };
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;
