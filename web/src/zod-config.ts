/**
 * The page checks API answers with the zod schemas of the API contract. zod compiles fast parsers
 * with `new Function` unless told not to, which the page's Content-Security-Policy (no 'unsafe-eval')
 * refuses and the browser reports; jitless parsing is plenty for answers of this size. Imported
 * first by main.ts, before any schema is built.
 */
import { config } from "zod";

config({ jitless: true });
