import type { Program } from "../../model/program.js";
import type { ProgramInstance } from "./program-instance.js";

/**
 * Why no schedule exists, in words an organiser acts on: items that fit no slot at all (and
 * why), more items than free slots, and clash groups (one person, one `apart` group) with more
 * items than there are distinct times their items could take.
 */
export function explainInfeasible(program: Program, instance: ProgramInstance): string[] {
  const reasons = [...instance.unplaceable.values()];
  const freeSlots = instance.slots.length;
  if (instance.items.length > freeSlots)
    reasons.push(`${instance.items.length} items need a slot, but only ${freeSlots} free slots exist`);
  for (const group of instance.clashGroups) {
    const starts = new Set(
      group.items.flatMap((i) => instance.items[i]!.allowedSlots.map((s) => instance.slots[s]!.startMs)),
    );
    if (group.items.length > starts.size) {
      const ids = group.items.map((i) => `"${instance.items[i]!.id}"`).join(", ");
      reasons.push(
        `${group.reason} ${ids}: ${group.items.length} items, but they can only go at ${starts.size} different times`,
      );
    }
  }
  if (reasons.length === 0)
    reasons.push(
      `the rules cannot all hold together for the ${instance.items.length} items of "${program.event.title}": ` +
        "relax scheduling.rules (make presenterClash or apart soft with a weight) to see which must bend",
    );
  return reasons;
}
