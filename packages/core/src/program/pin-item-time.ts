import type { Item } from "../model/item.js";
import type { ItemTiming } from "../schedule/compute-timings.js";
import { toIsoInZone } from "../time/zoned-time.js";

/**
 * An item with the time its program gives it written out as explicit instants (`start` and
 * `end` with the event zone's offset), for a subset of the program that leaves out what the
 * time followed from: the items before it in its session, or the session that runs it
 * whole. An item with its own `start`, or without a timing, comes back as it is.
 */
export function pinItemTime(item: Item, timing: ItemTiming | undefined, zone: string): Item {
  if (item.start !== undefined || timing === undefined) return item;
  const { duration: _duration, date: _date, ...rest } = item;
  return { ...rest, start: toIsoInZone(timing.startMs, zone), end: toIsoInZone(timing.endMs, zone) };
}
