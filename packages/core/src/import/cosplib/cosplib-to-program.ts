import type { Program } from "../../model/program.js";
import type { RuleName } from "../../model/scheduling-rule-weights.js";
import type { CosplibInstance, CosplibWeightKey } from "./cosplib-instance.js";
import { cosplibIds, cosplibPeople } from "./cosplib-ids.js";

/** Which program rule weighs each of the library's 16 terms. */
export const cosplibRuleOf: Readonly<Record<CosplibWeightKey, RuleName>> = {
  tracksSessions: "trackSession",
  tracksRooms: "trackRoom",
  sessionsRooms: "sessionRoom",
  similarTracks: "similarTracks",
  numRoomsPerTrack: "trackRooms",
  parallelTracks: "parallelTrack",
  consecutiveTracks: "trackGaps",
  submissionsTimezones: "presenterHours",
  submissionsOrder: "position",
  submissionsSessions: "itemSession",
  submissionsRooms: "itemRoom",
  presentersConflicts: "presenterSession",
  attendeesConflicts: "attendeeSession",
  chairsConflicts: "chairSession",
  presentersConflictsTimeslot: "presenterClash",
  attendeesConflictsTimeslot: "attendeeClash",
};

/** A whole-hour offset as an IANA zone: `GMT+2` is `Etc/GMT-2` (the Etc zones' sign is POSIX's, reversed). */
export function zoneOfOffset(hours: number): string {
  return hours === 0 ? "UTC" : `Etc/GMT${hours > 0 ? "-" : "+"}${Math.abs(hours)}`;
}

const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/**
 * A CoSPLib instance as a Lectern program in the track-sessions layout, ids kept: each
 * submission an item of the same id (its presenters its speakers), rooms and tracks as they
 * are (an id the model cannot hold, "Room 1", becomes "Room-1" and stays the name: see
 * {@link cosplibIds}), each session a timed session over every room whose time is divided equally into its
 * slots, and the 16 weighted terms as the program's rules with the same weights (see
 * {@link cosplibRuleOf}); every penalty matrix becomes `scheduling.costs` and friends.
 */
export function cosplibToProgram(instance: CosplibInstance, title: string): Program {
  const ids = cosplibIds(instance);
  const [roomId, trackId, sessionId, itemId] = [ids.room, ids.track, ids.session, ids.item];
  const personIds = (people: readonly string[]) => people.map((person) => ids.person.get(person)!);
  const slots = instance.sessions.flatMap((session) => {
    const [start, end] = [minutesOf(session.start), minutesOf(session.end)];
    const length = (end - start) / session.maxSlots;
    return Array.from({ length: session.maxSlots }, (_, k) => ({
      start: `${session.date}T${clock(Math.round(start + k * length))}`,
      minutes: Math.round(start + (k + 1) * length) - Math.round(start + k * length),
      session: sessionId.get(session.id)!,
    }));
  });
  const costs: { item?: string; track?: string; session?: string; room?: string; penalty: number }[] = [];
  const idsOf = { track: trackId, session: sessionId, room: roomId };
  const matrixCosts = (
    matrix: CosplibInstance["tracksSessions"],
    key: "track" | "session",
    other: "session" | "room",
  ) =>
    Object.entries(matrix).forEach(([a, row]) =>
      Object.entries(row).forEach(([b, penalty]) =>
        costs.push({ [key]: idsOf[key].get(a)!, [other]: idsOf[other].get(b)!, penalty }),
      ),
    );
  matrixCosts(instance.tracksSessions, "track", "session");
  matrixCosts(instance.tracksRooms, "track", "room");
  matrixCosts(instance.sessionsRooms, "session", "room");
  for (const submission of instance.submissions) {
    Object.entries(submission.sessionPenalty).forEach(([session, penalty]) =>
      costs.push({ item: itemId.get(submission.id)!, session: sessionId.get(session)!, penalty }),
    );
    Object.entries(submission.roomPenalty).forEach(([room, penalty]) =>
      costs.push({ item: itemId.get(submission.id)!, room: roomId.get(room)!, penalty }),
    );
  }
  const trackIds = instance.tracks.map((track) => track.id);
  const similar = trackIds.flatMap((a, i) =>
    trackIds.slice(i + 1).flatMap((b) => {
      const penalty = instance.similarTracks[a]?.[b] ?? 0;
      return penalty > 0 ? [{ tracks: [trackId.get(a)!, trackId.get(b)!], penalty }] : [];
    }),
  );
  const attended = new Map<string, string[]>();
  for (const submission of instance.submissions)
    submission.attendees.forEach((attendee) => {
      const person = ids.person.get(attendee)!;
      attended.set(person, [...(attended.get(person) ?? []), itemId.get(submission.id)!]);
    });
  const rules = Object.fromEntries(
    (Object.keys(cosplibRuleOf) as CosplibWeightKey[]).map((key) => [
      cosplibRuleOf[key],
      { weight: instance.weights[key] },
    ]),
  );
  const dates = instance.sessions.map((session) => session.date).sort();
  return {
    version: 1,
    event: {
      title,
      kind: "conference",
      startDate: dates[0]!,
      endDate: dates.at(-1)!,
      timeZone: zoneOfOffset(instance.zoneOffsetHours),
      // An instance is the input of scheduling: its items have no times yet, and that is intended.
      schedule: { status: "tentative" },
    },
    people: cosplibPeople(instance).map((person) => ({ id: ids.person.get(person)!, name: person })),
    rooms: instance.rooms.map((id) => ({ id: roomId.get(id)!, name: id })),
    tracks: instance.tracks.map((track) => ({ id: trackId.get(track.id)!, name: track.id })),
    items: instance.submissions.map((submission) => ({
      id: itemId.get(submission.id)!,
      kind: "contributed-talk",
      title: submission.id,
      track: trackId.get(submission.track)!,
      // CoSPLib names a person by a string: one written twice is one speaker, listed once.
      ...(submission.presenters.length ? { speakers: [...new Set(personIds(submission.presenters))] } : {}),
    })),
    sessions: instance.sessions.map((session) => ({
      id: sessionId.get(session.id)!,
      title: session.id,
      start: `${session.date}T${session.start}`,
      end: `${session.date}T${session.end}`,
      items: [],
    })),
    scheduling: {
      layout: "track-sessions",
      slots,
      slotCounts: instance.submissions.flatMap((s) =>
        s.requiredSlots > 1 ? [{ item: itemId.get(s.id)!, slots: s.requiredSlots }] : [],
      ),
      costs,
      similar,
      positions: instance.submissions.flatMap((s) =>
        s.order > 0 ? [{ item: itemId.get(s.id)!, position: s.order }] : [],
      ),
      attendance: [...attended].map(([person, items]) => ({ person, items })),
      trackChairs: instance.tracks.flatMap((t) =>
        t.chairs.length ? [{ track: trackId.get(t.id)!, people: personIds(t.chairs) }] : [],
      ),
      presenterZones: instance.submissions.map((s) => ({
        item: itemId.get(s.id)!,
        timeZone: zoneOfOffset(s.zoneOffsetHours),
      })),
      presenterHours: [
        { from: clock(instance.suitable[0]), to: clock(instance.suitable[1]), penalty: instance.smallZonePenalty },
        {
          from: clock(instance.lessSuitable[0]),
          to: clock(instance.lessSuitable[1]),
          penalty: instance.bigZonePenalty,
        },
      ],
      rules,
    },
  } as Program;
}
