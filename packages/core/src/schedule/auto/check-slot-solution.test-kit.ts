import type { SlotAssignment, SlotInstance } from "./slot-instance.js";

/**
 * An independent check of a solution, written from the rules rather than the model's rows:
 * every item placed once in an existing period and room, no room used twice in a period, no
 * item in a period it is unavailable in, no two items of a conflict group in one period.
 * Returns the broken rules in words (empty when all hold) and the overflow recomputed.
 */
export function checkSlotSolution(
  instance: SlotInstance,
  assignments: readonly SlotAssignment[],
): { broken: string[]; overflow: number } {
  const broken: string[] = [];
  let overflow = 0;
  if (assignments.length !== instance.items.length)
    broken.push(`${assignments.length} assignments for ${instance.items.length} items`);
  const roomUse = new Map<string, number>();
  instance.items.forEach((item, index) => {
    const placed = assignments[index];
    if (placed === undefined) return void broken.push(`item ${index} is not placed`);
    const capacity = instance.roomCapacities[placed.room];
    if (!Number.isInteger(placed.period) || placed.period < 0 || placed.period >= instance.periodCount)
      broken.push(`item ${index} is in period ${placed.period}, which does not exist`);
    if (capacity === undefined)
      return void broken.push(`item ${index} is in room ${placed.room}, which does not exist`);
    const key = `${placed.period}/${placed.room}`;
    const other = roomUse.get(key);
    if (other !== undefined)
      broken.push(`items ${other} and ${index} share room ${placed.room} in period ${placed.period}`);
    roomUse.set(key, index);
    if (item.unavailablePeriods.includes(placed.period))
      broken.push(`item ${index} is in period ${placed.period}, where it is unavailable`);
    overflow += Math.max(0, item.demand - capacity);
  });
  instance.conflictGroups.forEach((group, g) => {
    const members = [...new Set(group)];
    for (let a = 0; a < members.length; a++)
      for (let b = a + 1; b < members.length; b++) {
        const first = assignments[members[a]!];
        const second = assignments[members[b]!];
        if (first && second && first.period === second.period)
          broken.push(`items ${members[a]} and ${members[b]} of group ${g} both run in period ${first.period}`);
      }
  });
  return { broken, overflow };
}
