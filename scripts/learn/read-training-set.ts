import { existsSync } from "node:fs";
import type { Article } from "../../src/model/article.ts";
import { type GoldArticle, readJsonl } from "./gold-examples.ts";

/** A gold line of `rasd export --format gold`: the shared gold format plus the article's own fields. */
interface ReviewedGoldLine extends GoldArticle {
  readonly text?: string;
  readonly url?: string | null;
  readonly outlet?: string | null;
  readonly published?: string | null;
  readonly title?: string | null;
}

export interface TrainingSet {
  readonly articles: readonly Article[];
  readonly gold: ReadonlyMap<string, GoldArticle>;
  readonly fromShared: number;
  readonly fromGold: number;
  readonly goldFiles: readonly string[];
  /** How many shared articles `--without` left out. */
  readonly without: number;
}

/**
 * The articles and gold to learn from: the shared train set, less the ids listed in `without` files,
 * plus every gold file of people's review. A reviewed line replaces the shared gold of the same
 * article (the newsroom's own reading wins); a gold line without its article text is an error, since
 * nothing can be learned from events without their words.
 */
export function readTrainingSet(sharedDir: string, goldFiles: readonly string[], withoutFiles: readonly string[]): TrainingSet {
  const leaveOut = new Set(withoutFiles.flatMap((f) => readJsonl<{ id: string }>(mustExist(f)).map((l) => l.id)));
  const shared = readJsonl<Article>(`${sharedDir}/articles.jsonl`).filter((a) => !leaveOut.has(a.id));
  const articles = new Map(shared.map((a) => [a.id, a]));
  const gold = new Map(readJsonl<GoldArticle>(`${sharedDir}/gold.jsonl`).filter((g) => articles.has(g.id)).map((g) => [g.id, g]));
  const reviewed = new Set<string>();
  for (const file of goldFiles) {
    readJsonl<ReviewedGoldLine>(mustExist(file)).forEach((line, i) => {
      if (typeof line.id !== "string" || !Array.isArray(line.events)) throw new Error(`${file}:${i + 1}: not a gold line (needs "id" and "events")`);
      if (typeof line.text !== "string") throw new Error(`${file}:${i + 1}: article ${line.id} has no "text" (export it with rasd export --format gold)`);
      articles.set(line.id, { id: line.id, url: line.url ?? null, outlet: line.outlet ?? null, published: line.published ?? null, title: line.title ?? null, text: line.text });
      gold.set(line.id, { id: line.id, events: line.events });
      reviewed.add(line.id);
    });
  }
  const list = [...articles.values()];
  return { articles: list, gold, fromShared: list.length - reviewed.size, fromGold: reviewed.size, goldFiles, without: readJsonl<Article>(`${sharedDir}/articles.jsonl`).length - shared.length };
}

function mustExist(file: string): string {
  if (!existsSync(file)) throw new Error(`train: no file ${file}`);
  return file;
}
