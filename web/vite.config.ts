import { defineConfig, type Plugin } from "vite";
import { governorateOutlines } from "../src/server/governorate-outlines.ts";

/** Emits governorates.geojson at build time (and serves it in dev): the offline basemap. */
function governorateBasemap(): Plugin {
  const file = "governorates.geojson";
  return {
    name: "rasd-governorate-basemap",
    configureServer(server) {
      server.middlewares.use(`/${file}`, (_req, res) => {
        res.setHeader("content-type", "application/geo+json");
        res.end(JSON.stringify(governorateOutlines()));
      });
    },
    generateBundle() {
      this.emitFile({ type: "asset", fileName: file, source: JSON.stringify(governorateOutlines()) });
    },
  };
}

export default defineConfig({
  root: __dirname,
  base: "./",
  plugins: [governorateBasemap()],
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: { proxy: { "/api": "http://127.0.0.1:8080" } },
});
