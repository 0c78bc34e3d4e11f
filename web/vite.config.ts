import { defineConfig, type Plugin } from "vite";
import { type BasemapAsset, basemapAssets } from "../src/basemap/basemap-assets.ts";

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  geojson: "application/geo+json",
  pbf: "application/x-protobuf",
  js: "text/javascript",
};

/**
 * The offline basemap, made at build time from npm packages (outlines, place labels, glyphs, the RTL
 * text plugin) and emitted under basemap/; served from memory by the dev server.
 */
function offlineBasemap(): Plugin {
  let assets: Promise<BasemapAsset[]> | null = null;
  const all = () => (assets ??= basemapAssets());
  return {
    name: "rasd-offline-basemap",
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        const path = decodeURIComponent((req.url ?? "").split("?")[0] ?? "").replace(/^\//, "");
        const asset = path.startsWith("basemap/") ? (await all()).find((a) => a.fileName === path) : undefined;
        if (asset === undefined) return next();
        res.setHeader("content-type", CONTENT_TYPES[path.split(".").pop() ?? ""] ?? "application/octet-stream");
        res.end(asset.source);
      });
    },
    async generateBundle() {
      for (const asset of await all()) this.emitFile({ type: "asset", fileName: asset.fileName, source: asset.source });
    },
  };
}

export default defineConfig({
  root: __dirname,
  base: "./",
  plugins: [offlineBasemap()],
  // Two pages: the map (index.html) and analyst review (review.html).
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 2000, rollupOptions: { input: { main: `${__dirname}/index.html`, review: `${__dirname}/review.html` } } },
  server: { proxy: { "/api": "http://127.0.0.1:8080" } },
});
