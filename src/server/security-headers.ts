import helmet from "@fastify/helmet";
import type { FastifyInstance } from "fastify";

/**
 * The Content-Security-Policy of the page and the API. The page (Vite build in web/dist) loads only
 * its own scripts, styles, fonts and data; MapLibre starts its worker from a blob: URL and draws
 * into canvases (images from blob: and data:). Nothing may frame the page, and no plugin, base URL
 * or form target elsewhere is allowed. Checked against the built page in Chromium
 * (test/e2e/csp-in-chromium.test.ts: no violation).
 */
export const CONTENT_SECURITY_POLICY = {
  "default-src": ["'self'"],
  // WebAssembly compilation only (MapLibre's RTL text plugin shapes Arabic labels with it); no eval.
  "script-src": ["'self'", "'wasm-unsafe-eval'"],
  "worker-src": ["'self'", "blob:"],
  "child-src": ["'self'", "blob:"],
  "style-src": ["'self'"],
  // Style attributes only (the page positions bars and swatches with style="…"); they cannot run
  // script, and <style> elements and stylesheets elsewhere stay refused.
  "style-src-attr": ["'unsafe-inline'"],
  "img-src": ["'self'", "data:", "blob:"],
  "font-src": ["'self'"],
  "connect-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
  "frame-ancestors": ["'none'"],
} as const;

/**
 * Security headers on every answer (@fastify/helmet): the CSP above, `X-Content-Type-Options:
 * nosniff`, `Referrer-Policy: no-referrer`, `X-Frame-Options: DENY`, cross-origin isolation of
 * resources. HSTS is left out: the server speaks plain HTTP on a local address.
 */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: { ...CONTENT_SECURITY_POLICY } },
    referrerPolicy: { policy: "no-referrer" },
    frameguard: { action: "deny" },
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
  });
}
