/** True when a name is written in Arabic script only (letters, marks, spaces, hyphens). */
export function isArabicName(s: string): boolean {
  return /[\u0621-\u064A]/.test(s) && /^[\u0600-\u06FF\u0750-\u077F\s\-'()]+$/.test(s);
}

/** Unique non-empty trimmed names, in first-seen order, without `exclude`. */
export function uniqueNames(names: Iterable<string>, exclude: string): string[] {
  const seen = new Set<string>([exclude.trim()]);
  const out: string[] = [];
  for (const raw of names) {
    const n = raw.trim();
    if (n && !seen.has(n)) {
      seen.add(n);
      out.push(n);
    }
  }
  return out;
}
