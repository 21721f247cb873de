/**
 * A 0/1 program as sparse columns (CSC): minimise `colCost · x` subject to row bounds
 * (`-Infinity` / `Infinity` for an open side). Every model the solvers pass has this shape.
 */
export interface SparseZeroOneModel {
  readonly numCols: number;
  readonly numRows: number;
  readonly colCost: Float64Array;
  readonly rowLower: Float64Array;
  readonly rowUpper: Float64Array;
  readonly starts: Int32Array;
  readonly indices: Int32Array;
  readonly values: Float64Array;
}

/** HiGHS' WebAssembly runtime (the `highs` package's default export, instantiated). */
export type HighsRuntime = Awaited<ReturnType<typeof import("highs").default>>;

let highsRuntime: Promise<HighsRuntime> | undefined;

/**
 * HiGHS' runtime, loaded by a dynamic import on first use (so no bundle that does not schedule
 * carries it) and shared by every later solve, whichever runner asks: each gets a fresh model.
 */
export function loadHighsOnce(): Promise<HighsRuntime> {
  highsRuntime ??= import("highs").then((module) => module.default());
  // A failed load is not cached, so a later call can try again.
  highsRuntime.catch(() => (highsRuntime = undefined));
  return highsRuntime;
}

/** HiGHS' model status codes (highs.constants.modelStatus) that the solvers read. */
export const HIGHS_STATUS = { optimal: 7, infeasible: 8, timeLimit: 13 } as const;

/**
 * A 0/1 program as HiGHS' `passModel` takes it: columns in [0, 1], open row sides as HiGHS'
 * infinity, the matrix by columns; integral unless `relax` (then the LP relaxation).
 */
export function highsModelOf(highs: HighsRuntime, model: SparseZeroOneModel, relax = false) {
  const open = (bound: number) => (bound === -Infinity ? -highs.infinity : bound === Infinity ? highs.infinity : bound);
  return {
    numCols: model.numCols,
    numRows: model.numRows,
    colCost: model.colCost,
    colLower: new Float64Array(model.numCols),
    colUpper: new Float64Array(model.numCols).fill(1),
    rowLower: model.rowLower.map(open),
    rowUpper: model.rowUpper.map(open),
    matrix: {
      format: "csc" as const,
      numRows: model.numRows,
      numCols: model.numCols,
      starts: model.starts,
      indices: model.indices,
      values: model.values,
    },
    // Without integrality every column is continuous.
    ...(!relax && { integrality: new Int32Array(model.numCols).fill(1) }),
  };
}
