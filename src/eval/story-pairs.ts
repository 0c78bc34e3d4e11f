/**
 * Article pairs that share a group (a gold story or a system event_id), as "a|b" keys with a < b.
 * Used to score cross-article deduplication.
 */
export function storyPairs(groups: ReadonlyMap<unknown, readonly unknown[]>): Set<string> {
  const out = new Set<string>();
  for (const ids of groups.values()) {
    const list = [...new Set(ids)].sort();
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) out.add(`${String(list[i])}|${String(list[j])}`);
    }
  }
  return out;
}
