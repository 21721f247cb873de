/** A focusable cell of the grid: where it starts and ends, in grid lines. */
export interface NavigableCell {
  readonly rowStart: number;
  readonly rowEnd: number;
  readonly columnStart: number;
  readonly columnEnd: number;
}

/** The keys that move focus between items. */
export const gridKeys = ["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End"] as const;

/** One of {@link gridKeys}. */
export type GridKey = (typeof gridKeys)[number];

/** True for a key that moves focus in the grid or the day tabs. */
export function isGridKey(key: string): key is GridKey {
  return (gridKeys as readonly string[]).includes(key);
}

/**
 * The key in the grid's own terms: on a right-to-left page the columns (and the day tabs)
 * run from right to left, so the left arrow moves on to the next column and the right arrow
 * back. Up, Down, Home and End are the same in both directions.
 */
export function logicalKey(key: GridKey, isRtl: boolean): GridKey {
  if (!isRtl) return key;
  return key === "ArrowLeft" ? "ArrowRight" : key === "ArrowRight" ? "ArrowLeft" : key;
}

/**
 * The tab a key moves to from `current` among `count` tabs (in their order, given as for
 * {@link logicalKey}): Left/Right wrap around, Home/End go to the first/last; `undefined`
 * for a key tabs do not use (Up, Down).
 */
export function moveTab(current: number, count: number, key: GridKey): number | undefined {
  if (count === 0) return undefined;
  if (key === "Home") return 0;
  if (key === "End") return count - 1;
  if (key !== "ArrowLeft" && key !== "ArrowRight") return undefined;
  return (current + (key === "ArrowRight" ? 1 : -1) + count) % count;
}

const overlaps = (aStart: number, aEnd: number, bStart: number, bEnd: number) => aStart < bEnd && bStart < aEnd;

/**
 * The cell that a key moves focus to from `current` (an index into `cells`), or `current`
 * when there is nowhere to go. Up/Down: the nearest earlier/later item sharing a column;
 * Left/Right: the nearest item in the columns to either side that shares a row (else the
 * nearest one in time); Home/End: the first/last item of the day. Pure, so it is tested
 * with tables rather than through a browser.
 */
export function moveFocus(cells: readonly NavigableCell[], current: number, key: GridKey): number {
  const here = cells[current];
  if (!here) return current;
  if (key === "Home" || key === "End") {
    const order = cells
      .map((_, index) => index)
      .sort((a, b) => cells[a]!.rowStart - cells[b]!.rowStart || cells[a]!.columnStart - cells[b]!.columnStart);
    return (key === "Home" ? order[0] : order.at(-1)) ?? current;
  }
  let best = current;
  let bestScore = Infinity;
  cells.forEach((cell, index) => {
    if (index === current) return;
    let score: number;
    if (key === "ArrowDown" || key === "ArrowUp") {
      if (!overlaps(cell.columnStart, cell.columnEnd, here.columnStart, here.columnEnd)) return;
      const distance = key === "ArrowDown" ? cell.rowStart - here.rowStart : here.rowStart - cell.rowStart;
      if (distance <= 0) return;
      score = distance * 1000 + Math.abs(cell.columnStart - here.columnStart);
    } else {
      const distance = key === "ArrowRight" ? cell.columnStart - here.columnStart : here.columnStart - cell.columnStart;
      if (distance <= 0) return;
      const sharesRow = overlaps(cell.rowStart, cell.rowEnd, here.rowStart, here.rowEnd);
      score = distance * 1000 + (sharesRow ? 0 : 500 + Math.abs(cell.rowStart - here.rowStart));
    }
    if (score < bestScore) {
      bestScore = score;
      best = index;
    }
  });
  return best;
}
