import type { ReportRecord } from "./report-record.ts";
import { isDated, reportsCompatible } from "./reports-compatible.ts";

/**
 * Group reports into real-world events. The result depends only on the set of reports, never on
 * their order, which is what makes merged event ids stable across re-ingests and reversed corpora.
 *
 * 1. Dated reports: connected components of the "compatible" relation (single link).
 * 2. An undated report joins the dated group it is compatible with when there is exactly one; an
 *    undated report that fits several dated groups would chain events of different days, so it
 *    stays with the other undated reports, which form their own components.
 *
 * Returns groups of report keys, each sorted, the groups sorted by their first key.
 */
export function clusterReports(reports: readonly ReportRecord[]): string[][] {
  const sorted = [...reports].sort((a, b) => (a.report_key < b.report_key ? -1 : a.report_key > b.report_key ? 1 : 0));
  const dated = sorted.filter(isDated);
  const undated = sorted.filter((r) => !isDated(r));
  const sets = new DisjointSets(sorted.map((r) => r.report_key));

  for (let i = 0; i < dated.length; i++) {
    for (let j = i + 1; j < dated.length; j++) {
      if (reportsCompatible(dated[i]!, dated[j]!)) sets.union(dated[i]!.report_key, dated[j]!.report_key);
    }
  }
  // Roots of the dated groups are fixed before any undated report joins, so joining is order-free.
  const datedRoot = new Map(dated.map((r) => [r.report_key, sets.find(r.report_key)]));
  const pool: ReportRecord[] = [];
  const joins: [string, string][] = [];
  for (const r of undated) {
    const roots = new Set<string>();
    for (const d of dated) if (reportsCompatible(r, d)) roots.add(datedRoot.get(d.report_key)!);
    if (roots.size === 1) joins.push([r.report_key, [...roots][0]!]);
    else pool.push(r);
  }
  for (const [key, root] of joins) sets.union(key, root);
  for (let i = 0; i < pool.length; i++) {
    for (let j = i + 1; j < pool.length; j++) {
      if (reportsCompatible(pool[i]!, pool[j]!)) sets.union(pool[i]!.report_key, pool[j]!.report_key);
    }
  }

  const groups = new Map<string, string[]>();
  for (const r of sorted) {
    const root = sets.find(r.report_key);
    const group = groups.get(root) ?? [];
    group.push(r.report_key);
    groups.set(root, group);
  }
  return [...groups.values()].sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

/** Union-find over string keys. */
class DisjointSets {
  readonly #parent = new Map<string, string>();

  constructor(keys: Iterable<string>) {
    for (const k of keys) this.#parent.set(k, k);
  }

  find(key: string): string {
    let root = key;
    while (this.#parent.get(root) !== root) root = this.#parent.get(root)!;
    let node = key;
    while (node !== root) {
      const next = this.#parent.get(node)!;
      this.#parent.set(node, root);
      node = next;
    }
    return root;
  }

  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // The smaller key wins, so the final roots do not depend on the order of unions.
    if (ra !== rb) ra < rb ? this.#parent.set(rb, ra) : this.#parent.set(ra, rb);
  }
}
