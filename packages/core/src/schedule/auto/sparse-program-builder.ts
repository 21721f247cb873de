import type { BinaryProgram } from "./run-highs.js";

/** One term of a row: `coefficient · column`. */
export type RowTerm = readonly [column: number, coefficient: number];

/**
 * Collects binary columns and rows as triplets and writes them out as the sparse columns
 * (CSC) HiGHS takes: a model reads as its rows ("each item once") while HiGHS wants columns.
 */
export class SparseProgramBuilder {
  private readonly costs: number[] = [];
  private readonly lower: number[] = [];
  private readonly upper: number[] = [];
  private readonly entries: { row: number; column: number; value: number }[] = [];

  /** Adds a binary column with its cost; returns its index. */
  column(cost: number): number {
    this.costs.push(cost);
    return this.costs.length - 1;
  }

  /** Adds the row `lower <= Σ terms <= upper` (terms on one column are summed); returns its index. */
  row(terms: readonly RowTerm[], lower: number, upper: number): number {
    const row = this.lower.length;
    this.lower.push(lower);
    this.upper.push(upper);
    const merged = new Map<number, number>();
    for (const [column, value] of terms) merged.set(column, (merged.get(column) ?? 0) + value);
    for (const [column, value] of merged) if (value !== 0) this.entries.push({ row, column, value });
    return row;
  }

  /** The number of columns so far. */
  get columnCount(): number {
    return this.costs.length;
  }

  /** The cost of each column so far. */
  get columnCosts(): readonly number[] {
    return this.costs;
  }

  /** The model as CSC arrays, rows ascending within each column. */
  build(): BinaryProgram {
    const numCols = this.costs.length;
    const counts = new Int32Array(numCols + 1);
    for (const entry of this.entries) counts[entry.column + 1]!++;
    for (let j = 0; j < numCols; j++) counts[j + 1]! += counts[j]!;
    const starts = Int32Array.from(counts);
    const next = Int32Array.from(counts);
    const indices = new Int32Array(this.entries.length);
    const values = new Float64Array(this.entries.length);
    // Entries were added row by row, so each column's rows come out ascending.
    for (const entry of this.entries) {
      const at = next[entry.column]!++;
      indices[at] = entry.row;
      values[at] = entry.value;
    }
    return {
      numCols,
      numRows: this.lower.length,
      colCost: Float64Array.from(this.costs),
      rowLower: Float64Array.from(this.lower),
      rowUpper: Float64Array.from(this.upper),
      starts,
      indices,
      values,
    };
  }
}
