/**
 * Edit distance where swapping two neighbouring letters counts as one edit (optimal string
 * alignment), case-insensitive; small inputs only (field names).
 */
function editDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  const rows: number[][] = Array.from({ length: x.length + 1 }, (_, i) =>
    Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= x.length; i += 1) {
    for (let j = 1; j <= y.length; j += 1) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1])
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[x.length]![y.length]!;
}

/**
 * The known name closest to a misspelt one (`titel` -> `title`), when it is close enough to be
 * a likely typo; otherwise `undefined`.
 */
export function suggestName(unknown: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  // Short names allow one edit (not "foo" -> "room"), longer ones two, or a third of the
  // length: "keynt" -> "keynote", "titel" -> "title" (a swap counts as one edit).
  const allowed = unknown.length <= 4 ? 1 : Math.max(2, Math.floor(unknown.length / 3));
  let bestDistance = allowed + 1;
  for (const candidate of known) {
    const distance = editDistance(unknown, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
