/** An article as CONTRACT.md defines it. `text` is never edited: every span points into it. */
export interface Article {
  readonly id: string;
  readonly url: string | null;
  readonly outlet: string | null;
  /** ISO day of publication (YYYY-MM-DD) or null when unknown. */
  readonly published: string | null;
  readonly title: string | null;
  readonly text: string;
}
