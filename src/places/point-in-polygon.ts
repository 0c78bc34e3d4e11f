/** A polygon as GeoJSON writes it: rings of [lon, lat]; the first ring is the outline, the rest holes. */
export type PolygonRings = readonly (readonly (readonly number[])[])[];

/** Even-odd ray casting; holes count because every ring toggles the result. */
export function pointInPolygon(lon: number, lat: number, polygon: PolygonRings): boolean {
  let inside = false;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as readonly [number, number];
      const [xj, yj] = ring[j] as readonly [number, number];
      if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}
