import type { PlaceKind } from "./place-entry.ts";

/**
 * GUIDELINES.md precision by feature kind: 1 a town, village or point-like site; 2 an area,
 * district, plain, mountain range or front axis; 3 a governorate or anything vaguer.
 */
export const PRECISION_OF_KIND: Record<PlaceKind, 1 | 2 | 3> = {
  city: 1, town: 1, village: 1, neighbourhood: 1, hill: 1, camp: 1, base: 1, farm: 1,
  district: 2, subdistrict: 2, plain: 2, valley: 2, mountain: 2, area: 2, axis: 2, road: 2,
  governorate: 3, country: 3,
};
