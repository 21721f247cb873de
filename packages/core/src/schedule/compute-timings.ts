import type { Id } from "../model/id.js";
import type { Item } from "../model/item.js";
import type { Program } from "../model/program.js";
import type { Session } from "../model/session.js";
import { problemAt, type PathSegment, type ProgramProblem } from "../parse/problem.js";
import { readDateTimeText } from "../time/date-time-text.js";
import { formatOffset, resolveLocalTime } from "../time/zoned-time.js";
import { indexProgram } from "./program-index.js";

/** How an item's start was found. */
export type TimingOrigin = "explicit" | "relative";

/** Where an item's length came from. */
export type DurationOrigin = "end" | "duration" | "default";

/** An item's place in time, as instants. `endMs` is exclusive and may precede `startMs` in a broken program. */
export interface ItemTiming {
  readonly startMs: number;
  readonly endMs: number;
  readonly origin: TimingOrigin;
  readonly durationOrigin: DurationOrigin;
}

/** A session's explicit bounds, as instants, when it gives them. */
export interface SessionTiming {
  readonly startMs?: number;
  readonly endMs?: number;
}

/** Instants for every timed item and session, with the problems met on the way. */
export interface ProgramTimings {
  readonly items: ReadonlyMap<Id, ItemTiming>;
  readonly sessions: ReadonlyMap<Id, SessionTiming>;
  /** The length in minutes of items that have no time but a known length (tentative programs). */
  readonly untimedDurations: ReadonlyMap<Id, number>;
  readonly errors: readonly ProgramProblem[];
  readonly warnings: readonly ProgramProblem[];
}

const minuteMs = 60_000;

/**
 * Turns the three ways of writing times (local in the event zone, instant with offset,
 * relative to a session start) into instants; the items of a concurrent session take the
 * session's times. Local times in a DST gap are errors; local times
 * in a DST overlap take the earlier instant and warn.
 */
export function computeTimings(program: Program): ProgramTimings {
  const zone = program.event.timeZone;
  const defaults = program.event.schedule?.defaultDurations ?? {};
  const index = indexProgram(program);
  const errors: ProgramProblem[] = [];
  const warnings: ProgramProblem[] = [];
  const items = new Map<Id, ItemTiming>();
  const sessions = new Map<Id, SessionTiming>();
  const untimedDurations = new Map<Id, number>();

  // `path` is built only when there is something to report.
  const toInstant = (text: string, path: () => readonly PathSegment[]): number | undefined => {
    const read = readDateTimeText(text);
    if (read.form === "invalid") {
      errors.push(problemAt(path(), read.problem));
      return undefined;
    }
    if (read.form === "instant") return read.epochMs;
    const resolved = resolveLocalTime(read.local, zone);
    if (resolved.kind === "gap") {
      const jump = resolved.offsetAfterMinutes - resolved.offsetBeforeMinutes;
      errors.push(
        problemAt(
          path(),
          `${JSON.stringify(text)} does not exist in ${zone}: clocks jump forward by ${jump} minutes there (UTC${formatOffset(resolved.offsetBeforeMinutes)} to UTC${formatOffset(resolved.offsetAfterMinutes)}); write a time after the jump, or an instant with an offset`,
        ),
      );
      return undefined;
    }
    if (resolved.kind === "ambiguous") {
      warnings.push(
        problemAt(
          path(),
          `${JSON.stringify(text)} happens twice in ${zone} (clocks go back); read as the earlier one (UTC${formatOffset(resolved.offsetMinutes)}); write an offset to choose the later (UTC${formatOffset(resolved.laterOffsetMinutes)})`,
        ),
      );
    }
    return resolved.epochMs;
  };

  const lengthOf = (item: Item): { minutes: number; origin: DurationOrigin } | undefined => {
    if (item.duration !== undefined) return { minutes: item.duration, origin: "duration" };
    const fallback = defaults[item.kind];
    return fallback === undefined ? undefined : { minutes: fallback, origin: "default" };
  };

  const needsLengthMessage = (item: Item, why: string) =>
    `${why}, but it has no end and no duration, and event.schedule.defaultDurations has no length for "${item.kind}"; give "end" or "duration"`;

  /** Times an item from an explicit or given start; returns its end, or undefined. */
  const timeItem = (item: Item, itemIndex: number, relativeStartMs: number | undefined): number | undefined => {
    const path: PathSegment[] = ["items", itemIndex];
    if (item.end !== undefined && item.duration !== undefined) {
      errors.push(problemAt([...path, "duration"], 'give "end" or "duration", not both'));
      return undefined;
    }
    const explicitStart = item.start === undefined ? undefined : toInstant(item.start, () => [...path, "start"]);
    if (item.start !== undefined && explicitStart === undefined) return undefined;
    const startMs = explicitStart ?? relativeStartMs;
    if (startMs === undefined) {
      if (item.end !== undefined) {
        errors.push(problemAt([...path, "end"], 'has an end but no start; give "start" too'));
        return undefined;
      }
      const length = lengthOf(item);
      if (length) untimedDurations.set(item.id, length.minutes);
      return undefined;
    }
    const origin: TimingOrigin = explicitStart === undefined ? "relative" : "explicit";
    if (item.end !== undefined) {
      const endMs = toInstant(item.end, () => [...path, "end"]);
      if (endMs === undefined) return undefined;
      items.set(item.id, { startMs, endMs, origin, durationOrigin: "end" });
      return endMs;
    }
    const length = lengthOf(item);
    if (!length) {
      const why = origin === "explicit" ? "it has a start" : "it follows the item before it in its session";
      errors.push(problemAt(path, needsLengthMessage(item, why)));
      return undefined;
    }
    const endMs = startMs + length.minutes * minuteMs;
    items.set(item.id, { startMs, endMs, origin, durationOrigin: length.origin });
    return endMs;
  };

  /**
   * A concurrent session (posters, a Q&A block) runs every item for its whole length; an item
   * with a start of its own keeps it, and must lie inside the session.
   */
  const timeConcurrentSession = (
    session: Session,
    sessionIndex: number,
    startMs: number,
    endMs: number | undefined,
  ): void => {
    if (session.end === undefined) {
      errors.push(
        problemAt(["sessions", sessionIndex], 'a concurrent session with a start needs an end too; give "end"'),
      );
    }
    for (const itemId of session.items) {
      const entry = index.items.get(itemId);
      if (!entry || index.sessionOfItem.get(itemId)?.value !== session || placedBySession.has(itemId)) continue;
      placedBySession.add(itemId);
      const item = entry.value;
      if (item.start === undefined) {
        if (endMs === undefined) continue;
        if (item.end !== undefined || item.duration !== undefined) {
          const field = item.end === undefined ? "duration" : "end";
          errors.push(
            problemAt(
              ["items", entry.index, field],
              `runs the whole concurrent session "${session.id}" unless it gives a start; give "start" too, or remove "${field}"`,
            ),
          );
          continue;
        }
        items.set(item.id, { startMs, endMs, origin: "relative", durationOrigin: "end" });
        continue;
      }
      const itemEndMs = timeItem(item, entry.index, undefined);
      const itemStartMs = items.get(item.id)?.startMs;
      if (itemEndMs === undefined || itemStartMs === undefined || endMs === undefined) continue;
      if (itemStartMs < startMs || itemEndMs > endMs) {
        errors.push(
          problemAt(
            ["items", entry.index, itemStartMs < startMs ? "start" : "end"],
            `its own time must lie inside its concurrent session "${session.id}" (${session.start} to ${session.end})`,
          ),
        );
      }
    }
  };

  // Sessions with a start run their items one after another (or all at once, when concurrent).
  const placedBySession = new Set<Id>();
  program.sessions?.forEach((session, sessionIndex) => {
    const path: PathSegment[] = ["sessions", sessionIndex];
    const startMs = session.start === undefined ? undefined : toInstant(session.start, () => [...path, "start"]);
    const endMs = session.end === undefined ? undefined : toInstant(session.end, () => [...path, "end"]);
    sessions.set(session.id, { startMs, endMs });
    if (session.end !== undefined && session.start === undefined) {
      errors.push(problemAt([...path, "end"], 'has an end but no start; give "start" too'));
    }
    if (startMs === undefined) return;
    if (session.mode === "concurrent") {
      timeConcurrentSession(session, sessionIndex, startMs, endMs);
      return;
    }
    let cursor: number | undefined = startMs;
    for (const itemId of session.items) {
      const entry = index.items.get(itemId);
      if (!entry || index.sessionOfItem.get(itemId)?.value !== session || placedBySession.has(itemId)) continue;
      placedBySession.add(itemId);
      // After an item that could not be timed, later relative items have no start either;
      // the cause has been reported once, so they are left untimed without more errors.
      if (cursor === undefined && entry.value.start === undefined) continue;
      cursor = timeItem(entry.value, entry.index, cursor);
    }
  });

  program.items.forEach((item, itemIndex) => {
    if (placedBySession.has(item.id)) return;
    timeItem(item, itemIndex, undefined);
  });

  return { items, sessions, untimedDurations, errors, warnings };
}

const timingsCache = new WeakMap<Program, ProgramTimings>();

/** {@link computeTimings}, remembered per program object (programs are never mutated). */
export function timingsOf(program: Program): ProgramTimings {
  let timings = timingsCache.get(program);
  if (!timings) {
    timings = computeTimings(program);
    timingsCache.set(program, timings);
  }
  return timings;
}
