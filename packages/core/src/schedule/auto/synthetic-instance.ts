import type { SlotInstance } from "./slot-instance.js";

/** The parts of a `shared/sched/synthetic/*.json` instance (gen.py) that the model uses. */
export interface SyntheticInstanceFile {
  readonly rooms: readonly { readonly capacity: number }[];
  readonly periods: readonly unknown[];
  readonly events: readonly { readonly demand: number; readonly unavailable_periods: readonly number[] }[];
  readonly speaker_groups: readonly (readonly number[])[];
  readonly tag_groups: Readonly<Record<string, readonly number[]>>;
}

/**
 * A generated benchmark instance as a {@link SlotInstance}: speakers' talks and each tag's
 * talks are the conflict groups, as gen.py defines them.
 */
export function slotInstanceFromSynthetic(file: SyntheticInstanceFile): SlotInstance {
  return {
    periodCount: file.periods.length,
    roomCapacities: file.rooms.map((room) => room.capacity),
    items: file.events.map((event) => ({ demand: event.demand, unavailablePeriods: event.unavailable_periods })),
    conflictGroups: [...file.speaker_groups, ...Object.values(file.tag_groups)],
  };
}
