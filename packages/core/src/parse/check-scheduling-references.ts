import type { Id } from "../model/id.js";
import type { ItemGroup } from "../model/scheduling-groups.js";
import type { Scheduling } from "../model/scheduling.js";
import type { PathSegment } from "./problem.js";

/** Reports a reference to a missing entry of a collection, at the path (built only when missing). */
export type ExpectReference = (
  collection: "people" | "rooms" | "tracks" | "items",
  id: Id,
  path: () => readonly PathSegment[],
) => void;

/**
 * Every id that the `scheduling` section names points at a person, room, track or item of the
 * program, so a rule never silently applies to nothing.
 */
export function checkSchedulingReferences(scheduling: Scheduling, expect: ExpectReference): void {
  const at =
    (...segments: PathSegment[]) =>
    () => ["scheduling", ...segments];
  scheduling.fixed?.forEach((item, index) => expect("items", item, at("fixed", index)));
  scheduling.slots?.forEach((slot, slotIndex) =>
    slot.rooms?.forEach((room, index) => expect("rooms", room, at("slots", slotIndex, "rooms", index))),
  );
  scheduling.availability?.forEach((entry, index) =>
    expect("people", entry.person, at("availability", index, "person")),
  );
  scheduling.roomClosures?.forEach((entry, index) => expect("rooms", entry.room, at("roomClosures", index, "room")));
  scheduling.audience?.forEach((entry, index) => expect("items", entry.item, at("audience", index, "item")));
  const checkGroup = (group: ItemGroup, ...path: PathSegment[]) => {
    group.tracks?.forEach((track, index) => expect("tracks", track, at(...path, "tracks", index)));
    group.items?.forEach((item, index) => expect("items", item, at(...path, "items", index)));
  };
  scheduling.apart?.forEach((group, index) => checkGroup(group, "apart", index));
  scheduling.together?.forEach((group, index) => checkGroup(group, "together", index));
  scheduling.consecutive?.forEach((parts, partsIndex) =>
    parts.items.forEach((item, index) => expect("items", item, at("consecutive", partsIndex, "items", index))),
  );
  scheduling.precedence?.forEach((rule, index) => {
    expect("items", rule.before, at("precedence", index, "before"));
    expect("items", rule.after, at("precedence", index, "after"));
  });
  scheduling.slotCounts?.forEach((entry, index) => expect("items", entry.item, at("slotCounts", index, "item")));
  scheduling.costs?.forEach((cost, index) => {
    if (cost.item !== undefined) expect("items", cost.item, at("costs", index, "item"));
    if (cost.track !== undefined) expect("tracks", cost.track, at("costs", index, "track"));
    if (cost.room !== undefined) expect("rooms", cost.room, at("costs", index, "room"));
  });
  scheduling.similar?.forEach((pair, pairIndex) =>
    pair.tracks.forEach((track, index) => expect("tracks", track, at("similar", pairIndex, "tracks", index))),
  );
  scheduling.positions?.forEach((entry, index) => expect("items", entry.item, at("positions", index, "item")));
  scheduling.attendance?.forEach((entry, entryIndex) => {
    expect("people", entry.person, at("attendance", entryIndex, "person"));
    entry.items.forEach((item, index) => expect("items", item, at("attendance", entryIndex, "items", index)));
  });
  scheduling.trackChairs?.forEach((entry, entryIndex) => {
    expect("tracks", entry.track, at("trackChairs", entryIndex, "track"));
    entry.people.forEach((person, index) => expect("people", person, at("trackChairs", entryIndex, "people", index)));
  });
  scheduling.presenterZones?.forEach((entry, index) =>
    expect("items", entry.item, at("presenterZones", index, "item")),
  );
  scheduling.preferences?.forEach((preference, preferenceIndex) =>
    preference.items.forEach((item, index) =>
      expect("items", item, at("preferences", preferenceIndex, "items", index)),
    ),
  );
}
