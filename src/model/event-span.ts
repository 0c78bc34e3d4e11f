/** The days a merged event's dated reports cover, or null when none of its reports has a day. */
export interface EventSpan {
  readonly lo: string;
  readonly hi: string;
}
