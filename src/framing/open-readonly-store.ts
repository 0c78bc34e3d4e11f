import { RasdError } from "../errors/rasd-error.ts";
import { openStore } from "../store/open-store.ts";
import type { Store } from "../store/store.ts";

/** Open the store for reading only; a missing or unreadable file is a RasdError naming the path. */
export async function openReadonlyStore(path: string): Promise<Store> {
  try {
    return await openStore(path, { readonly: true });
  } catch (error) {
    throw new RasdError("unreadable", `cannot open store ${path} (${(error as Error).message})`, {}, { cause: error });
  }
}
