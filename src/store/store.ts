import type { StoreSession } from "./store-session.ts";

/** An open store: a session for store functions, where it lives, and a way to close it. */
export interface Store extends StoreSession {
  /** The database file (":memory:" for a throwaway store). */
  readonly path: string;
  close(): Promise<void>;
}
