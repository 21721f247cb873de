import type { Id, ResolvedSchedule, ResolvedSession, ScheduleDay } from "@lectern/core";

/**
 * The grid's part of the page's address, as pure functions: `#2026-04-27` (a day),
 * `#all-days` (every day, one under another) and `#talk-<id>` (an open talk). Only
 * `AddressController` reads or writes the address itself.
 */

/** The choice of day (`day` attribute, the selected tab) that shows every day, one under another. */
export const everyDay = "all";

/** The address's fragment for {@link everyDay} (a day's is its date, `#2026-04-27`). */
export const everyDayHash = "all-days";

const talkPrefix = "talk-";
const sessionPrefix = "session-";

/** The fragment (without `#`) and element id of a session: `session-<id>`. */
export function sessionAnchorOf(id: Id): string {
  return `${sessionPrefix}${id}`;
}

/** The session id a fragment names (`session-<id>`), or `undefined` when it names none. */
export function sessionIdOfHash(hash: string): Id | undefined {
  return hash.startsWith(sessionPrefix) ? hash.slice(sessionPrefix.length) : undefined;
}

/** The fragment (without `#`) that names a choice of day: its date, or `all-days`. */
export function hashOfChoice(choice: string): string {
  return choice === everyDay ? everyDayHash : choice;
}

/** The choice a fragment names; `#all` is not a name of every day, only `#all-days` is. */
export function choiceOfHash(hash: string): string | undefined {
  return hash === everyDayHash ? everyDay : hash === everyDay ? undefined : hash;
}

/** The fragment (without `#`) of an open talk. */
export function hashOfTalk(id: Id): string {
  return `${talkPrefix}${id}`;
}

/** The link of a talk's cell: its fragment with `#`, encoded so any id makes a valid URL. */
export function hrefOfTalk(id: Id): string {
  return `#${talkPrefix}${encodeURIComponent(id)}`;
}

/** The talk id a fragment names (`talk-<id>`), or `undefined` when it names none. */
export function talkIdOfHash(hash: string): Id | undefined {
  return hash.startsWith(talkPrefix) ? hash.slice(talkPrefix.length) : undefined;
}

/**
 * A raw `location.hash` decoded, without its `#`; empty when there is none or it is malformed
 * (`#%E0`): the address is read during an update, and a bad one must not stop the grid drawing.
 */
export function decodeHash(rawHash: string): string {
  try {
    return decodeURIComponent(rawHash.replace(/^#/, ""));
  } catch {
    return "";
  }
}

/** The tabs' choices in their order: each day, then every day. */
export function tabChoices(days: readonly ScheduleDay[]): string[] {
  return [...days.map((day) => day.date), everyDay];
}

/** True when `choice` (a date, or {@link everyDay}) can be selected among these days. */
export function isChoiceOf(days: readonly ScheduleDay[], choice: string | undefined): choice is string {
  // "All days" is a tab only when there are several days.
  return choice === everyDay ? days.length > 1 : days.some((day) => day.date === choice);
}

/** What an address asks the grid to show: a day to select, a talk to open, both or neither. */
export interface AddressTarget {
  readonly day?: string;
  readonly talkId?: Id;
  /** A session to bring into view (`#session-<id>`). */
  readonly session?: ResolvedSession;
}

/**
 * What the fragment `hash` (decoded) asks for: `talk-<id>` opens a talk of the program (and
 * selects its day, unless every day is shown, where it is already on screen), `session-<id>`
 * brings a session into view (and selects its day, likewise), a date or
 * `all-days` selects a day the program has. Anything else (another page's own `#…`) asks nothing.
 */
export function readAddress(
  hash: string,
  schedule: Pick<ResolvedSchedule, "days" | "items" | "untimed"> & Partial<Pick<ResolvedSchedule, "sessions">>,
  selected: string | undefined,
): AddressTarget {
  const sessionId = sessionIdOfHash(hash);
  if (sessionId !== undefined) {
    const session = schedule.sessions?.find((candidate) => candidate.id === sessionId);
    if (!session) return {};
    return { session, day: session.day !== undefined && selected !== everyDay ? session.day : undefined };
  }
  const talkId = talkIdOfHash(hash);
  if (talkId === undefined) {
    const choice = choiceOfHash(hash);
    return isChoiceOf(schedule.days, choice) ? { day: choice } : {};
  }
  const timed = schedule.items.find((entry) => entry.id === talkId);
  if (!timed && !schedule.untimed.some((entry) => entry.id === talkId)) return {};
  return { talkId, day: timed && selected !== everyDay ? timed.day : undefined };
}

/**
 * The fragment to write when a script changes the `day` attribute to `choice`: only an address
 * that already names another of the program's days follows it (so a copied link shows what
 * is on screen); `undefined` leaves the address alone.
 */
export function hashFollowingDay(hash: string, days: readonly ScheduleDay[], choice: string): string | undefined {
  const shown = choiceOfHash(hash);
  return shown !== undefined && shown !== choice && isChoiceOf(days, shown) ? hashOfChoice(choice) : undefined;
}

/**
 * The day shown when nothing else chose one: the `day` attribute when the program has it,
 * else the first day that has not ended at `nowMs` (today during the event), else the first.
 */
export function defaultChoice(
  days: readonly ScheduleDay[],
  dayAttribute: string | undefined,
  nowMs: number,
): string | undefined {
  if (isChoiceOf(days, dayAttribute)) return dayAttribute;
  return (days.find((day) => nowMs < day.endMs) ?? days[0])?.date;
}
