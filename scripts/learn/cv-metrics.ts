/** Figures for a binary decision: accuracy at 0.5, F1 of "yes", and the area under the ROC curve. */
export interface BinaryFigures {
  readonly n: number;
  readonly positives: number;
  readonly accuracy: number;
  readonly f1: number;
  readonly auc: number;
}

export function binaryFigures(scored: ReadonlyArray<{ readonly p: number; readonly label: boolean }>, threshold = 0.5): BinaryFigures {
  let tp = 0, fp = 0, fn = 0, ok = 0;
  for (const x of scored) {
    const yes = x.p >= threshold;
    if (yes === x.label) ok++;
    if (yes && x.label) tp++;
    else if (yes) fp++;
    else if (x.label) fn++;
  }
  const positives = scored.filter((x) => x.label).length;
  return { n: scored.length, positives, accuracy: ok / scored.length, f1: tp ? (2 * tp) / (2 * tp + fp + fn) : 0, auc: auc(scored) };
}

/** Mann-Whitney AUC with ties counted half. */
function auc(scored: ReadonlyArray<{ readonly p: number; readonly label: boolean }>): number {
  const sorted = [...scored].sort((a, b) => a.p - b.p);
  let rankSum = 0;
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1]!.p === sorted[i]!.p) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) if (sorted[k]!.label) rankSum += rank;
    i = j + 1;
  }
  const pos = scored.filter((x) => x.label).length;
  const neg = scored.length - pos;
  return pos && neg ? (rankSum - (pos * (pos + 1)) / 2) / (pos * neg) : 0.5;
}

export function fmt(x: number): string {
  return x.toFixed(3);
}
