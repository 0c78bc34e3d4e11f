/**
 * Sentence cases the extractor is known to fail, id → reason. They stay in the table and run as
 * skipped tests, so a fix shows up as a case to move out of here rather than a case to write.
 */
export const BACKLOG: Record<string, string> = {};
