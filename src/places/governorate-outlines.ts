import { pointInPolygon, type PolygonRings } from "./point-in-polygon.ts";

/** One governorate's outline (Natural Earth admin-1, coarse: borders are good to a few km). */
export interface GovernorateOutline {
  readonly admin1: string;
  readonly polygons: readonly PolygonRings[];
}

/**
 * The governorate whose outline holds the point, or null (outside Syria, or on a coast or border
 * the coarse outline misses). Pure: the outlines are passed in.
 */
export function admin1At(outlines: readonly GovernorateOutline[], lat: number, lon: number): string | null {
  for (const outline of outlines) {
    if (outline.polygons.some((p) => pointInPolygon(lon, lat, p))) return outline.admin1;
  }
  return null;
}
