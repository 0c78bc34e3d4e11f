import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { RasdError } from "../errors/rasd-error.ts";
import { NO_MODELS, type LearnedModels } from "./learned-models.ts";
import { fromModelFile, parseModelFile, type Decision, type LoadedModel } from "./model-file.ts";

export const DEFAULT_MODEL_DIR = fileURLToPath(new URL("../../data/models/", import.meta.url));

/** Read data/models/*.json once (a few kilobytes each); a missing file leaves that decision to the rules. */
export function loadLearnedModels(dir: string = DEFAULT_MODEL_DIR): LearnedModels {
  const read = (decision: Decision): LoadedModel | null => {
    const path = join(dir, `${decision}.json`);
    if (!existsSync(path)) return null;
    const parsed = parseModelFile(JSON.parse(readFileSync(path, "utf8")));
    if (!parsed.success) throw new RasdError("unreadable", `${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`, { file: path });
    if (parsed.data.decision !== decision) throw new RasdError("unreadable", `holds the decision "${parsed.data.decision}"`, { file: path });
    return fromModelFile(parsed.data);
  };
  const eventness = read("eventness");
  const sub = read("sub-event-type");
  const place = read("place-role");
  const draft = read("event-draft");
  return {
    ...NO_MODELS,
    eventness: eventness?.kind === "binary" ? eventness : null,
    subEventType: sub?.kind === "one-vs-rest" ? sub : null,
    placeRole: place?.kind === "binary" ? place : null,
    eventDraft: draft?.kind === "binary" ? draft : null,
  };
}
