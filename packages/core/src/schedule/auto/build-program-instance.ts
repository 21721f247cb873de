import type { Id } from "../../model/id.js";
import type { Item } from "../../model/item.js";
import { isPlenaryKind } from "../../model/item-kind.js";
import type { Program } from "../../model/program.js";
import { timingsOf } from "../compute-timings.js";
import type { ResolvedRuleStrength, RuleName } from "../../model/scheduling-rule-weights.js";
import { indexProgram } from "../program-index.js";
import { instantOf, isPersonAvailable, overlaps, windowMs } from "./person-availability.js";
import type { MovableItem, ProgramInstance, ProgramSlot } from "./program-instance.js";
import { deriveSlots, type Occupied } from "./derive-slots.js";

const minuteMs = 60_000;

/** Who presents an item: speakers and presenting authors; every author when none is marked. */
export function presentersOf(item: Item): Id[] {
  const authors = item.authors ?? [];
  const presenting = authors.filter((author) => author.presenting);
  return [...new Set([...(item.speakers ?? []), ...(presenting.length ? presenting : authors).map((a) => a.person)])];
}

/**
 * Reads a program as a scheduling problem: which items move (those without a time, or all
 * but `fixed` with `move: "all"` or a published program to stay close to), the slots they
 * may take, and for each item the slots its length, its people's availability, its people's
 * fixed items and the rooms' closures allow.
 */
export function buildProgramInstance(
  program: Program,
  rules: Readonly<Record<RuleName, ResolvedRuleStrength>>,
  published?: Program,
): ProgramInstance {
  const zone = program.event.timeZone;
  const scheduling = program.scheduling ?? {};
  const timings = timingsOf(program);
  const index = indexProgram(program);
  const fixed = new Set(scheduling.fixed ?? []);
  const moveAll = scheduling.move === "all" || published !== undefined;
  const publishedTimings = published ? timingsOf(published) : timings;
  const publishedIndex = published ? indexProgram(published) : index;
  const roomOf = (item: Item) => item.room ?? index.sessionOfItem.get(item.id)?.value.room;
  const demandOf = new Map((scheduling.audience ?? []).map((entry) => [entry.item, entry.people]));
  const unplaceable = new Map<number, string>();

  const movable: Omit<MovableItem, "allowedSlots">[] = [];
  const occupied: Occupied[] = [];
  program.items.forEach((item, itemIndex) => {
    if ((item.status ?? "confirmed") === "cancelled") return;
    const timing = timings.items.get(item.id);
    const session = index.sessionOfItem.get(item.id)?.value;
    const canMove =
      !fixed.has(item.id) &&
      session?.mode !== "concurrent" &&
      (timing === undefined || (moveAll && !isPlenaryKind(item.kind) && !item.plenary));
    if (!canMove) {
      if (timing)
        occupied.push({
          room: roomOf(item),
          everywhere: item.plenary ?? (roomOf(item) === undefined && isPlenaryKind(item.kind)),
          startMs: timing.startMs,
          endMs: timing.endMs,
          people: presentersOf(item),
        });
      return;
    }
    const minutes = timing
      ? Math.round((timing.endMs - timing.startMs) / minuteMs)
      : (timings.untimedDurations.get(item.id) ?? 0);
    if (minutes <= 0) unplaceable.set(movable.length, `"${item.id}" has no length: give it a duration`);
    const was = publishedIndex.items.get(item.id)?.value;
    const wasTiming = publishedTimings.items.get(item.id);
    const wasRoom = was && (was.room ?? publishedIndex.sessionOfItem.get(item.id)?.value.room);
    movable.push({
      id: item.id,
      index: itemIndex,
      minutes,
      people: presentersOf(item),
      demand: demandOf.get(item.id) ?? 0,
      current: wasTiming && wasRoom !== undefined ? { room: wasRoom, startMs: wasTiming.startMs } : undefined,
    });
  });

  const slots: ProgramSlot[] = scheduling.slots
    ? scheduling.slots.flatMap((slot) =>
        (slot.rooms ?? (program.rooms ?? []).map((room) => room.id)).map((room) => {
          const startMs = instantOf(slot.start, zone);
          return { room, startMs, endMs: startMs + slot.minutes * minuteMs, session: slot.session };
        }),
      )
    : deriveSlots(program, movable);
  const freeSlots = slots.filter(
    (slot) =>
      !occupied.some(
        (busy) =>
          (busy.everywhere || busy.room === slot.room) && overlaps(slot.startMs, slot.endMs, busy.startMs, busy.endMs),
      ),
  );

  const closures = (scheduling.roomClosures ?? []).flatMap((closure) =>
    closure.closed.map((window) => ({ room: closure.room, window: windowMs(window, zone) })),
  );
  // A chair is busy for the whole of each timed session they chair, except in that session's room.
  const chairing = rules.chairClash.hard
    ? (program.sessions ?? []).flatMap((session) => {
        // A session without times of its own spans its timed items.
        const own = timings.sessions.get(session.id);
        const spans = session.items.flatMap((id) => timings.items.get(id) ?? []);
        const startMs = own?.startMs ?? Math.min(...spans.map((t) => t.startMs));
        const endMs = own?.endMs ?? Math.max(...spans.map((t) => t.endMs));
        if (!Number.isFinite(startMs) || !Number.isFinite(endMs)) return [];
        return (session.chairs ?? []).map((person) => ({ person, room: session.room, startMs, endMs }));
      })
    : [];
  const availabilityOf = (person: Id) => (scheduling.availability ?? []).filter((entry) => entry.person === person);
  const items: MovableItem[] = movable.map((item, itemIndex) => {
    const allowedSlots: number[] = [];
    freeSlots.forEach((slot, slotIndex) => {
      const endMs = slot.startMs + item.minutes * minuteMs;
      if (item.minutes <= 0 || endMs > slot.endMs) return;
      if (closures.some((c) => c.room === slot.room && overlaps(slot.startMs, endMs, ...c.window))) return;
      const busy = (person: Id) =>
        occupied.some((o) => o.people.includes(person) && overlaps(slot.startMs, endMs, o.startMs, o.endMs));
      const chairsElsewhere = (person: Id) =>
        chairing.some(
          (c) => c.person === person && c.room !== slot.room && overlaps(slot.startMs, endMs, c.startMs, c.endMs),
        );
      if (
        item.people.some(
          (p) => busy(p) || chairsElsewhere(p) || !isPersonAvailable(availabilityOf(p), slot.startMs, endMs, zone),
        )
      )
        return;
      allowedSlots.push(slotIndex);
    });
    if (allowedSlots.length === 0 && !unplaceable.has(itemIndex))
      unplaceable.set(
        itemIndex,
        `"${item.id}" (${item.minutes} min) fits no free slot: none is long enough, or its people are away or busy, or the room is closed`,
      );
    return { ...item, allowedSlots };
  });

  const movableIndex = new Map(items.map((item, i) => [item.id, i]));
  const precedence = (scheduling.precedence ?? []).flatMap(({ before, after }) => {
    const [b, a] = [movableIndex.get(before), movableIndex.get(after)];
    const endMs = timings.items.get(before)?.endMs;
    const startMs = timings.items.get(after)?.startMs;
    if (b === undefined && a === undefined) return [];
    if ((b === undefined && endMs === undefined) || (a === undefined && startMs === undefined)) return [];
    return [
      {
        before: b === undefined ? { endMs: endMs! } : { item: b },
        after: a === undefined ? { startMs: startMs! } : { item: a },
      },
    ];
  });
  const consecutive = (scheduling.consecutive ?? []).flatMap(({ items: parts }) => {
    const indices = parts.map((id) => movableIndex.get(id));
    return indices.every((i) => i !== undefined) ? [indices] : [];
  });
  return {
    slots: freeSlots,
    precedence,
    consecutive,
    items,
    capacities: new Map((program.rooms ?? []).flatMap((room) => (room.capacity ? [[room.id, room.capacity]] : []))),
    clashGroups: clashGroupsOf(program, items),
    unplaceable,
  };
}

/** A person's items, and each `apart` group's items: of each, no two may overlap. */
function clashGroupsOf(program: Program, items: readonly MovableItem[]): ProgramInstance["clashGroups"] {
  const groups: { items: number[]; reason: string; rule: "presenterClash" | "apart" }[] = [];
  const byPerson = new Map<Id, number[]>();
  items.forEach((item, i) => item.people.forEach((p) => byPerson.set(p, [...(byPerson.get(p) ?? []), i])));
  const nameOf = new Map((program.people ?? []).map((person) => [person.id, person.name]));
  for (const [person, members] of byPerson)
    if (members.length > 1)
      groups.push({ items: members, reason: `${nameOf.get(person) ?? person} presents`, rule: "presenterClash" });
  const programItems = program.items;
  const index = indexProgram(program);
  (program.scheduling?.apart ?? []).forEach((group, g) => {
    const members = items.flatMap((item, i) => {
      const source = programItems[item.index]!;
      const track = source.track ?? index.sessionOfItem.get(source.id)?.value.track;
      const inGroup =
        group.items?.includes(source.id) ||
        (track !== undefined && group.tracks?.includes(track)) ||
        source.tags?.some((tag) => group.tags?.includes(tag.label));
      return inGroup ? [i] : [];
    });
    if (members.length > 1)
      groups.push({ items: members, reason: `apart group ${g} (scheduling.apart[${g}])`, rule: "apart" });
  });
  return groups;
}
