import { RasdError } from "../errors/rasd-error.ts";
import type { Extractor } from "../extract/create-extractor.ts";

/**
 * Load the resources and compile the extractor. Imported lazily so `rasd --help` and commands that do
 * not extract start fast and keep working whatever the state of the lexicon and gazetteer data.
 */
export async function loadExtractor(options: { readonly db?: string } = {}): Promise<Extractor> {
  try {
    const [{ loadResources }, { createExtractor }] = await Promise.all([
      import("../resources/load-resources.ts"),
      import("../extract/create-extractor.ts"),
    ]);
    return createExtractor(await loadResources(options));
  } catch (error) {
    throw new RasdError("unreadable", `cannot load the extraction resources: ${(error as Error).message}`, {}, { cause: error });
  }
}
