import type { ResolvedRuleStrength, RuleName } from "../../model/scheduling-rule-weights.js";
import type { ProgramInstance } from "./program-instance.js";
import type { BinaryProgram } from "./run-highs.js";
import { slotClassesOf } from "./slot-classes.js";

/** The binary program of a {@link ProgramInstance}, and what each column means. */
export interface ProgramModel extends BinaryProgram {
  /** Item of each column. */
  readonly columnItem: Int32Array;
  /** Slot of each column; `-1` for a column of a slot class, whose room is chosen afterwards. */
  readonly columnSlot: Int32Array;
  /** Slot class of each column. */
  readonly columnClass: Int32Array;
  /** Slot indices of each class: interchangeable slots (same times, seats, session and allowed items). */
  readonly classSlots: readonly (readonly number[])[];
}

const minuteMs = 60_000;
/** How long after one part ends the next may start and still count as back to back. */
const changeoverMs = 15 * minuteMs;

/** Penalty of one item in one slot under the soft rules: seats short (overflow) and leaving its place (moved). */
export function slotPenalties(
  instance: ProgramInstance,
  item: number,
  slot: number,
  rules: Readonly<Record<RuleName, ResolvedRuleStrength>>,
): { overflow: number; moved: number } {
  const { demand, current } = instance.items[item]!;
  const { room, startMs } = instance.slots[slot]!;
  const capacity = instance.capacities.get(room) ?? Infinity;
  const moved = current !== undefined && (current.room !== room || current.startMs !== startMs) ? 1 : 0;
  return {
    overflow: rules.overflow.weight * Math.max(0, demand - capacity),
    moved: rules.moved.hard ? 0 : rules.moved.weight * moved,
  };
}

/**
 * A binary `x[item, slot]` for each allowed pair; rows "each item once", "one item per slot"
 * and, for each clash group, one row per moment where its candidates overlap (the maximal
 * cliques of an interval graph all contain some interval's start), not one per pair.
 */
export function buildProgramModel(
  instance: ProgramInstance,
  rules: Readonly<Record<RuleName, ResolvedRuleStrength>>,
): ProgramModel {
  const classSlots = slotClassesOf(instance);
  const classOfSlot = new Int32Array(instance.slots.length);
  classSlots.forEach((slots, c) => slots.forEach((s) => (classOfSlot[s] = c)));
  // Items that need a named room keep one column per slot: parts that must share a room,
  // and items with a published place (the `moved` penalty tells rooms apart).
  const roomBound = new Set(rules.consecutive.hard ? instance.consecutive.flat() : []);
  instance.items.forEach((item, i) => item.current && roomBound.add(i));
  const columnItem: number[] = [];
  const columnSlot: number[] = [];
  const columnClass: number[] = [];
  const cost: number[] = [];
  instance.items.forEach((item, i) => {
    const seen = new Set<number>();
    item.allowedSlots.forEach((s) => {
      const c = classOfSlot[s]!;
      if (!roomBound.has(i) && seen.has(c)) return;
      seen.add(c);
      const { overflow, moved } = slotPenalties(instance, i, s, rules);
      // A hard `moved` rule: only the item's current place is allowed (when it has one).
      const current = item.current;
      const slot = instance.slots[s]!;
      if (rules.moved.hard && current && (current.room !== slot.room || current.startMs !== slot.startMs)) return;
      columnItem.push(i);
      columnSlot.push(roomBound.has(i) || classSlots[c]!.length === 1 ? s : -1);
      columnClass.push(c);
      cost.push(overflow + moved);
    });
  });
  const startOf = (column: number) => instance.slots[classSlots[columnClass[column]!]![0]!]!.startMs;
  const rows: number[][] = [];
  const coefficients: number[][] = [];
  const lower: number[] = [];
  const upper: number[] = [];
  const addRow = (columns: number[], low: number, high: number, values = columns.map(() => 1)) => {
    rows.push(columns);
    coefficients.push(values);
    lower.push(low);
    upper.push(high);
  };
  const byItem: number[][] = instance.items.map(() => []);
  const bySlot: number[][] = instance.slots.map(() => []);
  const byClass: number[][] = classSlots.map(() => []);
  columnItem.forEach((item, column) => {
    byItem[item]!.push(column);
    byClass[columnClass[column]!]!.push(column);
    if (columnSlot[column]! >= 0) bySlot[columnSlot[column]!]!.push(column);
  });
  byItem.forEach((columns) => addRow(columns, 1, 1));
  // A class holds as many items as it has rooms; a named slot holds one.
  byClass.forEach((columns, c) => columns.length > classSlots[c]!.length && addRow(columns, 0, classSlots[c]!.length));
  bySlot.forEach(
    (columns, s) => columns.length > 1 && classSlots[classOfSlot[s]!]!.length > 1 && addRow(columns, 0, 1),
  );
  // TODO(#19): a soft presenterClash or apart is not weighed yet, only switched off.
  for (const group of instance.clashGroups) {
    if (!rules[group.rule].hard) continue;
    const members = new Set(group.items);
    const candidates = columnItem.flatMap((item, column) => {
      if (!members.has(item)) return [];
      const startMs = startOf(column);
      return [{ column, startMs, endMs: startMs + instance.items[item]!.minutes * minuteMs }];
    });
    const seen = new Set<string>();
    for (const moment of new Set(candidates.map((c) => c.startMs))) {
      const clique = candidates.filter((c) => c.startMs <= moment && moment < c.endMs).map((c) => c.column);
      const key = clique.join(",");
      if (clique.length < 2 || seen.has(key)) continue;
      seen.add(key);
      addRow(clique, 0, 1);
    }
  }
  // Precedence: end(before) - start(after) <= 0, in minutes from the first slot (small numbers).
  const originMs = instance.slots.reduce((first, slot) => Math.min(first, slot.startMs), Infinity);
  const minutesOf = (ms: number) => (ms - originMs) / minuteMs;
  if (rules.precedence.hard)
    for (const { before, after } of instance.precedence) {
      const columns: number[] = [];
      const values: number[] = [];
      let constant = 0;
      if ("item" in before)
        byItem[before.item]!.forEach((column) => {
          columns.push(column);
          values.push(minutesOf(startOf(column)) + instance.items[before.item]!.minutes);
        });
      else constant += minutesOf(before.endMs);
      if ("item" in after)
        byItem[after.item]!.forEach((column) => {
          columns.push(column);
          values.push(-minutesOf(startOf(column)));
        });
      else constant -= minutesOf(after.startMs);
      addRow(columns, -Infinity, -constant, values);
    }
  // Consecutive parts: part j in slot s means part j+1 in a slot of the same room starting
  // within a changeover after part j ends; each part is placed once, so that is where it goes.
  if (rules.consecutive.hard)
    for (const parts of instance.consecutive)
      for (let j = 0; j + 1 < parts.length; j++) {
        const [part, next] = [parts[j]!, parts[j + 1]!];
        for (const column of byItem[part]!) {
          const slot = instance.slots[columnSlot[column]!]!;
          const endMs = slot.startMs + instance.items[part]!.minutes * minuteMs;
          const follows = byItem[next]!.filter((candidate) => {
            const other = instance.slots[columnSlot[candidate]!]!;
            return other.room === slot.room && other.startMs >= endMs && other.startMs <= endMs + changeoverMs;
          });
          addRow([column, ...follows], -Infinity, 0, [1, ...follows.map(() => -1)]);
        }
      }
  return {
    ...toCsc(columnItem, columnSlot, cost, rows, coefficients, lower, upper),
    columnClass: Int32Array.from(columnClass),
    classSlots,
  };
}

function toCsc(
  columnItem: number[],
  columnSlot: number[],
  cost: number[],
  rows: number[][],
  coefficients: number[][],
  lower: number[],
  upper: number[],
): Omit<ProgramModel, "columnClass" | "classSlots"> {
  const rowsOfColumn: [number, number][][] = columnItem.map(() => []);
  rows.forEach((columns, row) =>
    columns.forEach((column, k) => rowsOfColumn[column]!.push([row, coefficients[row]![k]!])),
  );
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const list of rowsOfColumn) {
    for (const [row, value] of list) {
      indices.push(row);
      values.push(value);
    }
    starts.push(indices.length);
  }
  return {
    numCols: columnItem.length,
    numRows: rows.length,
    colCost: Float64Array.from(cost),
    rowLower: Float64Array.from(lower),
    rowUpper: Float64Array.from(upper),
    starts: Int32Array.from(starts),
    indices: Int32Array.from(indices),
    values: Float64Array.from(values),
    columnItem: Int32Array.from(columnItem),
    columnSlot: Int32Array.from(columnSlot),
  };
}

/**
 * Each item's slot in a solution: named slots as they are, and the items of a class handed
 * its free slots in turn (they are interchangeable, so any order is as good).
 */
export function slotsOfSolution(model: ProgramModel, itemCount: number, values: ArrayLike<number>): Int32Array {
  const slotOf = new Int32Array(itemCount).fill(-1);
  const taken = new Set<number>();
  const unnamed: number[] = [];
  for (let column = 0; column < model.numCols; column++) {
    if (!(values[column]! > 0.5)) continue;
    const slot = model.columnSlot[column]!;
    if (slot < 0) {
      unnamed.push(column);
      continue;
    }
    slotOf[model.columnItem[column]!] = slot;
    taken.add(slot);
  }
  for (const column of unnamed) {
    const free = model.classSlots[model.columnClass[column]!]!.find((slot) => !taken.has(slot))!;
    taken.add(free);
    slotOf[model.columnItem[column]!] = free;
  }
  return slotOf;
}
