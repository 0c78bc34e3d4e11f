/**
 * MapLibre's worker. MapLibre 5 (the major that supports Node 20 in this project) carries its worker
 * inline in the bundle Vite builds, so the page loads it from its own host with nothing to set here;
 * MapLibre 6 would need `maplibregl.setWorkerUrl(...)` with the separate worker module's URL.
 */
export {};
