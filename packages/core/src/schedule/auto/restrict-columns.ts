import type { SparseZeroOneModel } from "./highs-runtime.js";

/** A model over some of another's columns, and each kept column's column in the whole model. */
export interface RestrictedColumns<Model extends SparseZeroOneModel> {
  readonly model: Model;
  /** The original column of each of its columns, ascending. */
  readonly origin: Int32Array;
}

/**
 * The model with only the columns `keep` accepts (the others fixed at 0, so left out): the
 * same rows, the kept columns in their order. What else the model carries is kept as it is;
 * a model with per-column maps narrows them from `origin` (see the compact model's).
 */
export function restrictColumns<Model extends SparseZeroOneModel>(
  model: Model,
  keep: (column: number) => boolean,
): RestrictedColumns<Model> {
  const origin: number[] = [];
  const starts: number[] = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (let column = 0; column < model.numCols; column++) {
    if (!keep(column)) continue;
    origin.push(column);
    for (let k = model.starts[column]!; k < model.starts[column + 1]!; k++) {
      indices.push(model.indices[k]!);
      values.push(model.values[k]!);
    }
    starts.push(indices.length);
  }
  const kept = Int32Array.from(origin);
  return {
    origin: kept,
    model: {
      ...model,
      numCols: kept.length,
      colCost: Float64Array.from(kept, (column) => model.colCost[column]!),
      starts: Int32Array.from(starts),
      indices: Int32Array.from(indices),
      values: Float64Array.from(values),
    },
  };
}
