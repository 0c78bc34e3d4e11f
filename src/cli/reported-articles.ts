import type { Writable } from "node:stream";
import type { ArticleOrigin, ArticleReadResult } from "../io/article-read-result.ts";
import { articleWarning } from "../io/article-warning.ts";
import type { Article } from "../model/article.ts";
import { formatMessage, formatWarning } from "./format-message.ts";

/** What went wrong while reading: lines or files that failed (the exit code is 1 when any did). */
export interface ReadTally {
  failed: number;
}

/**
 * The articles of a read stream, for commands that print as they go (`extract`, `eval`): errors and
 * warnings are written to stderr in the one message style as they come, failures are counted into
 * `tally`, and an article with nothing rasd can read (no text, no Arabic) is warned about.
 */
export async function* reportedArticles(items: AsyncIterable<ArticleReadResult>, stderr: Writable, tally: ReadTally): AsyncGenerator<{ readonly article: Article; readonly origin: ArticleOrigin }> {
  for await (const item of items) {
    switch (item.kind) {
      case "error":
        tally.failed += item.count;
        stderr.write(formatMessage(null, item.error.message));
        break;
      case "warning":
        stderr.write(formatWarning(item.warning.location, item.warning.detail));
        break;
      case "article": {
        const warning = articleWarning(item.article);
        if (warning !== null) stderr.write(formatWarning(item.origin, warning));
        yield item;
        break;
      }
      default: {
        const never: never = item;
        return never;
      }
    }
  }
}
