/// <reference types="geojson" />
import * as maplibregl from "maplibre-gl";
import type { ExpressionSpecification, GeoJSONSource, LayerSpecification, Map as MapLibreMap, MapGeoJSONFeature } from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
import type { EventFeature } from "./api.ts";
import { el } from "./dom.ts";
import { EVENT_TYPE_LABELS, type Lang, SUB_EVENT_TYPE_LABELS, t } from "./labels.ts";
import "./maplibre-worker.ts";

/** Where the page's files are: the basemap is served beside it (web/dist/basemap/). */
const BASE = `${window.location.origin}${window.location.pathname.replace(/[^/]*$/, "")}`;
const FONT = ["Noto Sans Arabic Regular"];
/** MapLibre before 6 shapes Arabic only with the RTL text plugin, which the build ships beside the page. */
if (Number(maplibregl.getVersion().split(".")[0]) < 6) void maplibregl.setRTLTextPlugin(`${BASE}basemap/rtl-text.js`, true);

/** North-west Syria: Idlib, western Aleppo, northern Hama and Latakia. */
const NORTH_WEST_SYRIA: [[number, number], [number, number]] = [
  [35.7, 34.9],
  [38.3, 36.8],
];
/** The zooms at which place labels appear (src/basemap/place-labels.ts), one layer each. */
const LABEL_ZOOMS = [4, 5, 6, 7, 7.5, 8, 8.5, 9, 9.5, 10, 11];
const ONLINE_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

declare global {
  interface Window {
    /** The map, for the browser tests (they project markers to pixels to click them). */
    rasdMap?: MapLibreMap;
  }
}

/** The label of a place in one language, and from zoom 10 the other language under it, smaller. */
function placeText(lang: Lang): ExpressionSpecification {
  const [first, second] = lang === "ar" ? ["name_ar", "name_en"] : ["name_en", "name_ar"];
  return ["step", ["zoom"], ["get", first], 10, ["format", ["get", first], {}, "\n", {}, ["get", second], { "font-scale": 0.8 }]];
}

function basemapLayers(lang: Lang): LayerSpecification[] {
  const placeLayers: LayerSpecification[] = LABEL_ZOOMS.map((zoom) => ({
    id: `places-${zoom}`,
    type: "symbol",
    source: "places",
    minzoom: zoom,
    filter: ["==", ["get", "minzoom"], zoom],
    layout: {
      "text-field": placeText(lang),
      "text-font": FONT,
      "text-size": ["match", ["get", "kind"], "governorate", 13, "district", 12, "city", 14, 12],
      "text-anchor": ["match", ["get", "kind"], ["governorate", "district"], "center", "top"],
      "text-offset": ["match", ["get", "kind"], ["governorate", "district"], ["literal", [0, 0]], ["literal", [0, 0.4]]],
      "text-max-width": 8,
      "symbol-sort-key": ["get", "rank"],
      "text-padding": 3,
    },
    paint: {
      "text-color": ["match", ["get", "kind"], "governorate", "#7a6a55", "district", "#8a7f70", "#2b2f36"],
      "text-halo-color": "rgba(255,255,255,0.9)",
      "text-halo-width": 1.4,
    },
  }));
  return [
    { id: "sea", type: "background", paint: { "background-color": "#cfe0ea" } },
    { id: "online-tiles", type: "raster", source: "online", layout: { visibility: "none" } },
    { id: "country-fill", type: "fill", source: "countries", paint: { "fill-color": ["case", ["get", "focus"], "#fbf8f0", "#ebe7dd"], "fill-opacity": 1 } },
    { id: "governorate-line", type: "line", source: "governorates", paint: { "line-color": "#a39581", "line-width": ["interpolate", ["linear"], ["zoom"], 5, 0.6, 10, 1.4], "line-dasharray": [3, 2] } },
    { id: "country-line", type: "line", source: "countries", paint: { "line-color": "#6f665b", "line-width": ["interpolate", ["linear"], ["zoom"], 3, 0.7, 10, 2] } },
    ...LABEL_ZOOMS.map((zoom): LayerSpecification => ({
      id: `place-dots-${zoom}`,
      type: "circle",
      source: "places",
      minzoom: zoom,
      filter: ["all", ["==", ["get", "minzoom"], zoom], ["match", ["get", "kind"], ["city", "town", "village"], true, false]],
      paint: { "circle-radius": ["interpolate", ["linear"], ["zoom"], 6, 2, 11, 3.5], "circle-color": "#5b5347" },
    })),
    ...placeLayers,
    {
      id: "country-labels",
      type: "symbol",
      source: "countryLabels",
      maxzoom: 8,
      layout: { "text-field": ["get", lang === "ar" ? "name_ar" : "name_en"], "text-font": FONT, "text-size": ["case", ["get", "focus"], 17, 13], "text-letter-spacing": lang === "ar" ? 0 : 0.08 },
      paint: { "text-color": ["case", ["get", "focus"], "#4a4136", "#7d7468"], "text-halo-color": "rgba(255,255,255,0.85)", "text-halo-width": 1.5 },
    },
  ];
}

/**
 * The map: an offline basemap built with the page (country and governorate outlines, place labels
 * in Arabic and English with glyphs shipped beside it), events as circles coloured by type and sized
 * by deaths, clusters with their counts, a tooltip on hover, and the selected event ringed.
 */
export class MapView {
  readonly map: MapLibreMap;
  private readonly ready: Promise<void>;
  private lang: Lang;
  private placed: readonly EventFeature[] = [];
  private readonly tooltip = new maplibregl.Popup({ closeButton: false, closeOnClick: false, className: "map-tooltip", offset: 10 });

  constructor(container: HTMLElement, lang: Lang, onEvent: (id: string) => void) {
    this.lang = lang;
    const empty: GeoJSON.FeatureCollection = { type: "FeatureCollection", features: [] };
    this.map = new maplibregl.Map({
      container,
      bounds: NORTH_WEST_SYRIA,
      attributionControl: { compact: true, customAttribution: "Natural Earth · GeoNames · rasd" },
      style: {
        version: 8,
        glyphs: `${BASE}basemap/fonts/{fontstack}/{range}.pbf`,
        sources: {
          countries: { type: "geojson", data: `${BASE}basemap/countries.geojson` },
          countryLabels: { type: "geojson", data: `${BASE}basemap/country-labels.geojson` },
          governorates: { type: "geojson", data: `${BASE}basemap/governorates.geojson` },
          places: { type: "geojson", data: `${BASE}basemap/places.geojson` },
          online: { type: "raster", tiles: [ONLINE_TILES], tileSize: 256, attribution: "© OpenStreetMap contributors" },
          events: { type: "geojson", data: empty, cluster: true, clusterRadius: 30, clusterMaxZoom: 11 },
          selected: { type: "geojson", data: empty },
        },
        layers: [
          ...basemapLayers(lang),
          {
            id: "clusters",
            type: "circle",
            source: "events",
            filter: ["has", "point_count"],
            paint: { "circle-color": "#39424e", "circle-opacity": 0.88, "circle-radius": ["step", ["get", "point_count"], 13, 5, 16, 15, 21], "circle-stroke-color": "#fff", "circle-stroke-width": 2 },
          },
          {
            id: "cluster-count",
            type: "symbol",
            source: "events",
            filter: ["has", "point_count"],
            layout: { "text-field": ["get", "point_count_abbreviated"], "text-font": FONT, "text-size": 13, "text-allow-overlap": true, "text-ignore-placement": true },
            paint: { "text-color": "#fff" },
          },
          {
            id: "events",
            type: "circle",
            source: "events",
            filter: ["!", ["has", "point_count"]],
            paint: {
              "circle-color": ["get", "color"],
              "circle-radius": ["interpolate", ["linear"], ["coalesce", ["get", "fatalities"], 0], 0, 7, 5, 10, 20, 15, 100, 22],
              "circle-opacity": 0.9,
              "circle-stroke-color": "#ffffff",
              "circle-stroke-width": 1.5,
            },
          },
          {
            id: "selected-ring",
            type: "circle",
            source: "selected",
            paint: { "circle-radius": 16, "circle-color": "rgba(0,0,0,0)", "circle-stroke-color": "#ffcc00", "circle-stroke-width": 4 },
          },
        ],
      },
    });
    window.rasdMap = this.map;
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), "top-right");
    this.map.addControl(new FitControl(() => this.fit()), "top-right");
    this.map.addControl(new maplibregl.ScaleControl({ unit: "metric" }), "bottom-right");
    this.ready = new Promise((resolve) => this.map.once("load", () => resolve()));
    this.map.on("click", "events", (e) => {
      const id = e.features?.[0]?.properties["event_id"];
      if (typeof id === "string") onEvent(id);
    });
    this.map.on("click", "clusters", (e) => void this.expand(e.features?.[0]));
    for (const layer of ["events", "clusters"]) {
      this.map.on("mousemove", layer, (e) => {
        this.map.getCanvas().style.cursor = "pointer";
        const feature = e.features?.[0];
        if (feature !== undefined) this.tooltip.setLngLat(e.lngLat).setDOMContent(this.describe(feature)).addTo(this.map);
      });
      this.map.on("mouseleave", layer, () => {
        this.map.getCanvas().style.cursor = "";
        this.tooltip.remove();
      });
    }
  }

  /** Show these events (the ones without coordinates are only in the list); `fit` moves the view to them. */
  async show(features: readonly EventFeature[], fit: boolean): Promise<void> {
    await this.ready;
    this.placed = features.filter((f) => f.geometry !== null);
    const data: GeoJSON.FeatureCollection = {
      type: "FeatureCollection",
      features: this.placed.flatMap((f) =>
        f.geometry === null
          ? []
          : [{ type: "Feature", geometry: { type: "Point", coordinates: [...f.geometry.coordinates] }, properties: { event_id: f.id, fatalities: f.properties.fatalities, color: EVENT_TYPE_LABELS[f.properties.event_type].color } }],
      ),
    };
    this.source("events").setData(data);
    this.map.getContainer().dataset["events"] = String(this.placed.length);
    if (fit) this.fit(false);
  }

  /** Ring the selected event on the map and bring it into view. */
  async select(id: string | null): Promise<void> {
    await this.ready;
    const feature = id === null ? undefined : this.placed.find((f) => f.id === id);
    const point = feature?.geometry ?? null;
    this.source("selected").setData({ type: "FeatureCollection", features: point === null ? [] : [{ type: "Feature", geometry: { type: "Point", coordinates: [...point.coordinates] }, properties: {} }] });
    this.map.getContainer().dataset["selected"] = id ?? "";
    if (point !== null) {
      const [lon, lat] = point.coordinates;
      if (!this.map.getBounds().contains([lon, lat])) this.map.easeTo({ center: [lon, lat] });
    }
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    if (!this.map.isStyleLoaded()) return void this.ready.then(() => this.setLang(lang));
    for (const zoom of LABEL_ZOOMS) this.map.setLayoutProperty(`places-${zoom}`, "text-field", placeText(lang));
    this.map.setLayoutProperty("country-labels", "text-field", ["get", lang === "ar" ? "name_ar" : "name_en"]);
  }

  /** Online tiles under the labels: a user setting, off by default (the page then fetches nothing else). */
  setOnlineTiles(on: boolean): void {
    void this.ready.then(() => {
      this.map.setLayoutProperty("online-tiles", "visibility", on ? "visible" : "none");
      this.map.setPaintProperty("country-fill", "fill-opacity", on ? 0 : 1);
    });
  }

  /** Fit the view to the placed events (north-west Syria when there are none). */
  fit(animate = true): void {
    const points = this.placed.flatMap((f) => (f.geometry === null ? [] : [f.geometry.coordinates]));
    if (points.length === 0) return void this.map.fitBounds(NORTH_WEST_SYRIA, { animate });
    const lons = points.map((p) => p[0]);
    const lats = points.map((p) => p[1]);
    this.map.fitBounds(
      [
        [Math.min(...lons), Math.min(...lats)],
        [Math.max(...lons), Math.max(...lats)],
      ],
      { padding: 50, maxZoom: 10, animate },
    );
  }

  private source(id: "events" | "selected"): GeoJSONSource {
    const source = this.map.getSource<GeoJSONSource>(id);
    if (source === undefined) throw new Error(`map source ${id} missing`);
    return source;
  }

  private async expand(feature: MapGeoJSONFeature | undefined): Promise<void> {
    const clusterId = feature?.properties["cluster_id"];
    if (feature === undefined || typeof clusterId !== "number" || feature.geometry.type !== "Point") return;
    const zoom = await this.source("events").getClusterExpansionZoom(clusterId);
    const [lon, lat] = feature.geometry.coordinates;
    // Clusters are made at whole zooms: between two, the expansion zoom can be below the current one.
    if (lon !== undefined && lat !== undefined) this.map.easeTo({ center: [lon, lat], zoom: Math.max(zoom, this.map.getZoom() + 1) });
  }

  private describe(feature: MapGeoJSONFeature): HTMLElement {
    const count = feature.properties["point_count"];
    if (typeof count === "number") return el("div", { dir: this.lang === "ar" ? "rtl" : "ltr" }, `${count} ${t("eventsCount")}`);
    const event = this.placed.find((f) => f.id === feature.properties["event_id"]);
    if (event === undefined) return el("div");
    const p = event.properties;
    const toll = p.fatalities === null ? "" : ` · ${t("killed")} ${p.fatalities}`;
    return el(
      "div",
      { dir: this.lang === "ar" ? "rtl" : "ltr", lang: this.lang },
      el("strong", {}, SUB_EVENT_TYPE_LABELS[p.sub_event_type][this.lang]),
      el("br"),
      this.lang === "ar" ? p.place_name : p.place_name_en,
      ` · ${p.date ?? t("undated")}${toll}`,
    );
  }
}

/** A map button that fits the view to the events shown. */
class FitControl implements maplibregl.IControl {
  readonly #fit: () => void;
  #container: HTMLElement | null = null;

  constructor(fit: () => void) {
    this.#fit = fit;
  }

  onAdd(): HTMLElement {
    const button = el("button", { type: "button", class: "fit-button", title: t("fitResults"), "aria-label": t("fitResults"), "data-testid": "fit-results" }, "⤢");
    button.addEventListener("click", () => this.#fit());
    this.#container = el("div", { class: "maplibregl-ctrl maplibregl-ctrl-group" }, button);
    return this.#container;
  }

  onRemove(): void {
    this.#container?.remove();
  }
}
