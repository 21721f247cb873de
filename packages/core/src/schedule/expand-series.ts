import type { Id } from "../model/id.js";
import type { Program } from "../model/program.js";
import { readDateText } from "../time/date-time-text.js";
import { resolveLocalTime, toIsoInZone } from "../time/zoned-time.js";
import { clockMinutes, programDayOf } from "./day-of.js";
import { timingsOf } from "./compute-timings.js";

/** One meeting of a seminar series. */
export interface SeriesMeeting {
  /** YYYY-MM-DD in the event's zone. */
  readonly date: string;
  readonly startMs: number;
  readonly endMs: number;
  /** ISO with the zone's offset on that date (it changes across DST). */
  readonly start: string;
  readonly roomId?: Id;
  readonly cancelled: boolean;
  readonly reason?: string;
  /** A one-off change's note ("in room B this week"). */
  readonly note?: string;
  /** The talks given at this meeting (items whose start falls on its date). */
  readonly itemIds: readonly Id[];
  /** The label of the series' term this date falls in (`from` and `until` inclusive), if any. */
  readonly term?: string;
}

const dayMs = 86_400_000;
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T12:00:00Z`) + days * dayMs).toISOString().slice(0, 10);

/**
 * The meetings of a program's seminar series, in date order: every week or every N weeks
 * from `from` to `until`, or on the listed dates; cancelled ones marked with their reason,
 * one-off changes of time, length or room applied; each with the talks given that day and
 * the term it falls in.
 * Times are local to the event's zone, so a 16:00 seminar stays at 16:00 across DST.
 * Empty for a program without a series.
 */
export function expandSeries(program: Program): SeriesMeeting[] {
  const series = program.series;
  if (!series) return [];
  const zone = program.event.timeZone;
  let dates: string[];
  if (series.frequency === "dates") dates = [...new Set(series.dates ?? [])].sort();
  else {
    dates = [];
    const step = series.frequency === "weekly" ? 7 : 7 * (series.intervalWeeks ?? 1);
    for (let date = series.from!; date <= series.until! && dates.length < 1000; date = addDays(date, step))
      dates.push(date);
  }
  const cancellations = new Map((series.cancellations ?? []).map((entry) => [entry.date, entry]));
  const changes = new Map((series.changes ?? []).map((entry) => [entry.date, entry]));
  const timings = timingsOf(program);
  const talksByDate = new Map<string, Id[]>();
  for (const item of program.items) {
    const timing = timings.items.get(item.id);
    if (!timing) continue;
    const date = programDayOf(timing.startMs, zone, 0);
    talksByDate.set(date, [...(talksByDate.get(date) ?? []), item.id]);
  }
  return dates.flatMap((date) => {
    const day = readDateText(date);
    if (!day.ok) return [];
    const change = changes.get(date);
    const minutes = clockMinutes(change?.startTime ?? series.startTime);
    const local = resolveLocalTime(
      {
        year: day.year,
        month: day.month,
        day: day.day,
        hour: Math.floor(minutes / 60),
        minute: minutes % 60,
        second: 0,
      },
      zone,
    );
    // A start in a DST gap moves to just after it, as clocks do.
    const startMs =
      local.kind === "gap"
        ? Date.parse(`${date}T00:00:00Z`) + minutes * 60_000 - local.offsetBeforeMinutes * 60_000
        : local.epochMs;
    const cancellation = cancellations.get(date);
    const roomId = change?.room ?? series.room;
    // parseProgram rejects overlapping terms, so at most one matches.
    const term = series.terms?.find((candidate) => candidate.from <= date && date <= candidate.until)?.label;
    return [
      {
        date,
        startMs,
        endMs: startMs + (change?.duration ?? series.duration) * 60_000,
        start: toIsoInZone(startMs, zone),
        ...(roomId ? { roomId } : {}),
        cancelled: cancellation !== undefined,
        ...(cancellation?.reason ? { reason: cancellation.reason } : {}),
        ...(change?.note ? { note: change.note } : {}),
        itemIds: talksByDate.get(date) ?? [],
        ...(term ? { term } : {}),
      },
    ];
  });
}
