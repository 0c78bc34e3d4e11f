import type { Extractor } from "../extract/create-extractor.ts";
import { framingRecordOf } from "../framing/framing-record.ts";
import { defaultFramingLexicon } from "../framing/load-framing-lexicon.ts";
import { articleKeysOf } from "../ingest/article-keys.ts";
import { type OutputFormat, renderEvents } from "../io/render-events.ts";
import type { Article } from "../model/article.ts";
import type { ExtractionOutcome, RenderedOutcome } from "./extraction-outcome.ts";

/**
 * What each lane of the pool (a worker thread, or the calling thread) makes of an article, said as
 * data so it can be sent to a worker. Whatever a lane makes is copied back to the thread that asked,
 * and copying between threads costs in proportion to the number of objects: an extraction is
 * thousands of small objects, its rendered text one string. So `rasd extract`, which only prints,
 * asks for "rendering" (the text of the output format, one string per article), and ingest, which
 * stores the events and mentions, for the "extraction" itself.
 */
export type LaneProduct =
  | { readonly kind: "extraction"; readonly mentions: boolean; readonly framing: boolean; readonly keys: boolean }
  | { readonly kind: "rendering"; readonly format: OutputFormat };

export type LaneOutcome = ExtractionOutcome | RenderedOutcome;

/** The function that makes `product` of an article with `extract`; an error becomes a "failed" outcome. */
export function laneWork(extract: Extractor, product: LaneProduct): (article: Article) => LaneOutcome {
  const make = productMaker(extract, product);
  return (article) => {
    try {
      return make(article);
    } catch (error) {
      return { kind: "failed", message: (error as Error).message };
    }
  };
}

function productMaker(extract: Extractor, product: LaneProduct): (article: Article) => LaneOutcome {
  switch (product.kind) {
    case "extraction": {
      const framing = product.framing ? defaultFramingLexicon() : null;
      const options = { mentions: product.mentions };
      // What is not wanted is not made (nor copied).
      return (article) => ({
        kind: "extracted",
        extraction: extract(article, options),
        ...(framing === null ? {} : { framing: framingRecordOf(article, framing) }),
        ...(product.keys ? { keys: articleKeysOf(article) } : {}),
      });
    }
    case "rendering": {
      const { format } = product;
      return (article) => {
        const { events } = extract(article, { mentions: false });
        return { kind: "rendered", text: renderEvents(format, article, events), events: events.length };
      };
    }
    default: {
      const never: never = product;
      return never;
    }
  }
}
