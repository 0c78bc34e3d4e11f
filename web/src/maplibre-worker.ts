/**
 * MapLibre's worker, bundled by Vite and loaded from the page's own host. MapLibre 6 ships the worker
 * as a separate module whose URL must be set; MapLibre 5's bundle carries its worker inline (there
 * this module has nothing to do).
 */
import * as maplibregl from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url";

maplibregl.setWorkerUrl(workerUrl);
