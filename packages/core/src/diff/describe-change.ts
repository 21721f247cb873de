import type { ChangeTime, ItemDetailField, NamedRef, PersonRef, ProgramChange } from "./program-change.js";

/**
 * One change in words, in three parts a renderer lays out and escapes as its format needs:
 * `Moved` · `Compilers` · `from 2026-06-01 11:00–12:00 (Room Two) to 2026-06-01 14:00–15:00 (Room One)`.
 * The parts are plain text taken from the program (untrusted): never markup.
 */
export interface ChangeWords {
  /** What happened, capitalised: `New`, `Cancelled`, `Moved`, `Event time zone changed`. */
  readonly label: string;
  /** What it happened to: the item's or session's title; empty for the event. */
  readonly subject: string;
  /** The old and new values, when the label does not say all; may be empty. */
  readonly detail: string;
}

/** `2026-06-01 11:00–12:00` (local times as the change carries them), or `no time`. */
export function describeTime(time: ChangeTime | undefined): string {
  if (!time) return "no time";
  const [startDay, startClock] = [time.start.slice(0, 10), time.start.slice(11, 16)];
  const [endDay, endClock] = [time.end.slice(0, 10), time.end.slice(11, 16)];
  return endDay === startDay
    ? `${startDay} ${startClock}–${endClock}`
    : `${startDay} ${startClock} – ${endDay} ${endClock}`;
}

const nameOf = (ref: NamedRef | undefined) => ref?.name ?? "none";
/** People by name, a person still to be announced by id. */
export const describePeople = (people: readonly PersonRef[]): string =>
  people.length === 0 ? "nobody" : people.map((person) => person.name ?? person.id).join(", ");
const at = (time: ChangeTime | undefined, room: NamedRef | undefined) =>
  room ? `${describeTime(time)}, ${room.name}` : describeTime(time);
const fromTo = (before: string | undefined, after: string | undefined) =>
  `from "${before ?? "none"}" to "${after ?? "none"}"`;

/** The name of each detail in "Kind changed", "Presentation changed". */
const detailLabels: Readonly<Record<ItemDetailField, string>> = {
  kind: "Kind",
  subtitle: "Subtitle",
  abstract: "Abstract",
  status: "Status",
  presentation: "Presentation",
};

/** A change in words; see {@link ChangeWords}. */
export function describeChange(change: ProgramChange): ChangeWords {
  const subject = change.subject === "event" ? "" : change.title;
  const words = (label: string, detail = ""): ChangeWords => ({ label, subject, detail });
  switch (change.kind) {
    case "event-changed": {
      const field = { title: "title", dates: "dates", timeZone: "time zone", venue: "venue" }[change.field];
      return words(`Event ${field} changed`, fromTo(change.before, change.after));
    }
    case "item-added":
    case "session-added":
      return words(change.kind === "item-added" ? "New" : "New session", at(change.time, change.room));
    case "item-removed":
    case "session-removed":
      return words(
        change.kind === "item-removed" ? "Removed" : "Removed session",
        `was ${at(change.time, change.room)}`,
      );
    case "item-cancelled":
      return words("Cancelled", `was ${at(change.time, change.room)}`);
    case "item-uncancelled":
      return words("Back on the program", at(change.time, change.room));
    case "item-moved":
      return words("Moved", `from ${at(change.before, change.beforeRoom)} to ${at(change.after, change.room)}`);
    case "session-moved":
      return words("Session moved", `from ${describeTime(change.before)} to ${describeTime(change.after)}`);
    case "item-room-changed":
    case "session-room-changed":
      return words(
        change.subject === "item" ? "Room changed" : "Session room changed",
        `from ${nameOf(change.before)} to ${nameOf(change.after)}`,
      );
    case "item-session-changed":
      return words("Session changed", `from ${nameOf(change.before)} to ${nameOf(change.after)}`);
    case "item-track-changed":
      return words("Track changed", `from ${nameOf(change.before)} to ${nameOf(change.after)}`);
    case "item-retitled":
    case "session-retitled":
      return words(change.subject === "item" ? "Retitled" : "Session retitled", fromTo(change.before, change.after));
    case "item-people-changed":
    case "session-chairs-changed": {
      const parts = [
        ...(change.added.length > 0 ? [`added ${describePeople(change.added)}`] : []),
        ...(change.removed.length > 0 ? [`removed ${describePeople(change.removed)}`] : []),
        ...("presentingAfter" in change && change.presentingAfter
          ? [`presenting now ${describePeople(change.presentingAfter)}`]
          : []),
      ];
      return words(
        change.kind === "item-people-changed" ? "People changed" : "Session chairs changed",
        parts.join("; "),
      );
    }
    case "item-details-changed":
      // An abstract is long: saying it changed is enough; the program has the new one.
      return change.field === "abstract"
        ? words("Abstract changed")
        : words(`${detailLabels[change.field]} changed`, fromTo(change.before, change.after));
  }
}
