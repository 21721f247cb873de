import type { SparseZeroOneModel } from "./highs-runtime.js";
import type { SlotInstance } from "./slot-instance.js";
import { overflowOf } from "./slot-instance.js";
import { restrictColumns, type RestrictedColumns } from "./restrict-columns.js";

/** Rooms with the same number of seats, merged: the model counts them, not names them. */
export interface RoomClass {
  readonly capacity: number;
  /** Room indices of the class. */
  readonly rooms: readonly number[];
}

/** A mixed-integer model as sparse columns (CSC), ready for HiGHS' `passModel`. */
export interface CompactModel extends SparseZeroOneModel {
  /** What column `j` means: item, period and room class. */
  readonly columnItem: Int32Array;
  readonly columnPeriod: Int32Array;
  readonly columnClass: Int32Array;
  readonly classes: readonly RoomClass[];
}

/** Rooms grouped by capacity, biggest first. */
export function roomClassesOf(capacities: readonly number[]): RoomClass[] {
  const byCapacity = new Map<number, number[]>();
  capacities.forEach((capacity, room) => {
    const rooms = byCapacity.get(capacity);
    if (rooms) rooms.push(room);
    else byCapacity.set(capacity, [room]);
  });
  return [...byCapacity.entries()].sort(([a], [b]) => b - a).map(([capacity, rooms]) => ({ capacity, rooms }));
}

/**
 * The compact formulation: a binary `x[item, period, class]` per allowed combination; rows
 * "each item once", "at most as many items as rooms in a class and period" and "at most one
 * item of a conflict group per period". One row per group and period instead of one per
 * clashing pair keeps the model linear in size (the pairwise model of 200 talks has 2 M rows).
 * The objective is the overflow, which depends only on the class.
 */
export function buildCompactModel(instance: SlotInstance): CompactModel {
  const classes = roomClassesOf(instance.roomCapacities);
  const { periodCount, items } = instance;
  const itemCount = items.length;
  // Row numbering: items, then (period, class), then (group, period).
  const capacityRow = (period: number, cls: number) => itemCount + period * classes.length + cls;
  const groupRowBase = itemCount + periodCount * classes.length;
  const groupsOfItem: number[][] = items.map(() => []);
  instance.conflictGroups.forEach((group, g) => {
    for (const item of new Set(group)) groupsOfItem[item]!.push(g);
  });
  const numRows = groupRowBase + instance.conflictGroups.length * periodCount;

  const columnItem: number[] = [];
  const columnPeriod: number[] = [];
  const columnClass: number[] = [];
  const cost: number[] = [];
  const starts: number[] = [0];
  const indices: number[] = [];
  items.forEach((item, i) => {
    const away = new Set(item.unavailablePeriods);
    for (let period = 0; period < periodCount; period++) {
      if (away.has(period)) continue;
      classes.forEach((cls, c) => {
        columnItem.push(i);
        columnPeriod.push(period);
        columnClass.push(c);
        cost.push(overflowOf(item.demand, cls.capacity));
        indices.push(i, capacityRow(period, c));
        // Group rows are numbered above the capacity rows, so indices stay ascending.
        for (const g of groupsOfItem[i]!) indices.push(groupRowBase + g * periodCount + period);
        starts.push(indices.length);
      });
    }
  });

  const rowLower = new Float64Array(numRows).fill(-Infinity);
  const rowUpper = new Float64Array(numRows).fill(1);
  for (let i = 0; i < itemCount; i++) rowLower[i] = 1;
  for (let period = 0; period < periodCount; period++)
    classes.forEach((cls, c) => (rowUpper[capacityRow(period, c)] = cls.rooms.length));

  return {
    numCols: columnItem.length,
    numRows,
    colCost: Float64Array.from(cost),
    rowLower,
    rowUpper,
    starts: Int32Array.from(starts),
    indices: Int32Array.from(indices),
    values: new Float64Array(indices.length).fill(1),
    columnItem: Int32Array.from(columnItem),
    columnPeriod: Int32Array.from(columnPeriod),
    columnClass: Int32Array.from(columnClass),
    classes,
  };
}

/** The compact model over some of its columns, and each one's original column. */
export type RestrictedModel = RestrictedColumns<CompactModel>;

/**
 * The model with only the columns `keep` accepts (the others fixed at 0, so left out): the
 * same rows, the kept columns in their order, each still naming its item, period and class.
 */
export function restrictCompactColumns(model: CompactModel, keep: (column: number) => boolean): RestrictedModel {
  const restricted = restrictColumns(model, keep);
  const { origin } = restricted;
  return {
    origin,
    model: {
      ...restricted.model,
      columnItem: Int32Array.from(origin, (column) => model.columnItem[column]!),
      columnPeriod: Int32Array.from(origin, (column) => model.columnPeriod[column]!),
      columnClass: Int32Array.from(origin, (column) => model.columnClass[column]!),
    },
  };
}
