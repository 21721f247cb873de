import type { Id } from "../model/id.js";
import type { Program } from "../model/program.js";
import { computeTimings } from "../schedule/compute-timings.js";
import { indexProgram } from "../schedule/program-index.js";
import { definedFields } from "./defined-fields.js";
import { pinItemTime } from "./pin-item-time.js";

/** The values whose id `keep` holds, in their order; undefined when none is. */
function pick<T extends { id: Id }>(values: readonly T[] | undefined, keep: ReadonlySet<Id>): T[] | undefined {
  const kept = values?.filter((value) => keep.has(value.id));
  return kept && kept.length > 0 ? kept : undefined;
}

/**
 * The part of a program one item's page needs: the event, the item, its people (speakers,
 * authors, its session's chairs), its room, track and session, and the series (its dates and
 * rooms), so a talk page does not carry the whole program (FOSDEM's is about 1 MB).
 *
 * The result is a valid program (it passes `parseProgram`): its session lists only the item,
 * so an item timed by its place in the session gets that time written out as `start` and
 * `end` with the zone's offset; the event keeps its organisers (and their people), its invited
 * speakers and awards only as far as they name this item's people or the item; the
 * scheduler's `scheduling` section is left out. Undefined when no item has the id.
 */
export function programForItem(program: Program, itemId: Id): Program | undefined {
  const index = indexProgram(program);
  const item = index.items.get(itemId)?.value;
  if (!item) return undefined;
  const session = index.sessionOfItem.get(itemId)?.value;
  const people = new Set<Id>([
    ...(item.speakers ?? []),
    ...(item.authors ?? []).map((author) => author.person),
    ...(session?.chairs ?? []),
  ]);
  const itemPeople = new Set(people);
  for (const organiser of program.event.organisers ?? []) people.add(organiser.person);
  const { series } = program;
  const rooms = new Set<Id>(
    [item.room, session?.room, series?.room, ...(series?.changes ?? []).map((change) => change.room)].filter(
      (room): room is Id => room !== undefined,
    ),
  );
  const tracks = new Set([item.track, session?.track].filter((track): track is Id => track !== undefined));
  const timing = item.start === undefined && session ? computeTimings(program).items.get(itemId) : undefined;
  const { event } = program;
  const invitedSpeakers = event.invitedSpeakers?.filter((person) => itemPeople.has(person));
  const awards = event.awards
    ?.filter((award) => award.winners?.includes(itemId))
    .map((award) => ({ ...award, winners: [itemId] }));
  return definedFields({
    ...program,
    event: definedFields({
      ...event,
      invitedSpeakers: invitedSpeakers?.length ? invitedSpeakers : undefined,
      awards: awards?.length ? awards : undefined,
    }),
    people: pick(program.people, people),
    rooms: pick(program.rooms, rooms),
    tracks: pick(program.tracks, tracks),
    sessions: session ? [{ ...session, items: [itemId] }] : undefined,
    items: [pinItemTime(item, timing, event.timeZone)],
    scheduling: undefined,
  });
}
