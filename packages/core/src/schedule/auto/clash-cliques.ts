/**
 * Covers the edges of a clash graph with cliques, greedily: each uncovered pair grows into a
 * clique of items that clash with every member. One row "at most one of these per session"
 * per clique is as strong as all its pairwise rows together and stronger in the relaxation
 * (three items that clash pairwise cannot take half a session each).
 */
export function clashCliques(pairs: readonly (readonly [number, number])[]): number[][] {
  const neighbours = new Map<number, Set<number>>();
  const link = (a: number, b: number) => neighbours.set(a, new Set([...(neighbours.get(a) ?? []), b]));
  for (const [a, b] of pairs) {
    link(a, b);
    link(b, a);
  }
  const covered = new Set<string>();
  const key = (a: number, b: number) => (a < b ? `${a} ${b}` : `${b} ${a}`);
  const cliques: number[][] = [];
  for (const [a, b] of pairs) {
    if (covered.has(key(a, b))) continue;
    const clique = [a, b];
    // Candidates clash with both; the ones sharing the most uncovered pairs go first.
    const candidates = [...neighbours.get(a)!].filter((c) => c !== b && neighbours.get(b)!.has(c));
    candidates.sort((x, y) => neighbours.get(y)!.size - neighbours.get(x)!.size || x - y);
    for (const c of candidates) if (clique.every((m) => neighbours.get(c)!.has(m))) clique.push(c);
    for (let i = 0; i < clique.length; i++)
      for (let j = i + 1; j < clique.length; j++) covered.add(key(clique[i]!, clique[j]!));
    cliques.push(clique);
  }
  return cliques;
}
