import type { ProgramInstance } from "./program-instance.js";

/**
 * The slots grouped into classes of interchangeable ones: the same start, end, seats and
 * session, and allowed to exactly the same items. The model counts the items of a class
 * instead of naming their rooms (20 rooms of 8 sizes: 8 columns per item and period, not 20),
 * and rooms are handed out afterwards.
 */
export function slotClassesOf(instance: ProgramInstance): number[][] {
  const itemsOfSlot: number[][] = instance.slots.map(() => []);
  instance.items.forEach((item, i) => item.allowedSlots.forEach((s) => itemsOfSlot[s]!.push(i)));
  const byKey = new Map<string, number[]>();
  instance.slots.forEach((slot, s) => {
    const seats = instance.capacities.get(slot.room) ?? Infinity;
    const key = `${slot.startMs}|${slot.endMs}|${seats}|${slot.session ?? ""}|${itemsOfSlot[s]!.join(",")}`;
    const members = byKey.get(key);
    if (members) members.push(s);
    else byKey.set(key, [s]);
  });
  return [...byKey.values()];
}
