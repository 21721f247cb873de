/** Where an item is relative to now. */
export type RelativeState = "upcoming" | "live" | "ended";

/** Where an item is relative to now, with the minutes to its next boundary. */
export interface RelativeStatus {
  readonly state: RelativeState;
  /** Whole minutes until the start (upcoming), rounded up so "in 0 minutes" never shows. */
  readonly minutesUntilStart?: number;
  /** Whole minutes until the end (live), rounded up. */
  readonly minutesUntilEnd?: number;
}

/**
 * Where an interval is relative to `nowMs` (always passed in, never read from a clock).
 * The end is exclusive: at the end instant the item has ended.
 */
export function describeRelativeStatus(startMs: number, endMs: number, nowMs: number): RelativeStatus {
  if (nowMs < startMs) return { state: "upcoming", minutesUntilStart: Math.ceil((startMs - nowMs) / 60_000) };
  if (nowMs < endMs) return { state: "live", minutesUntilEnd: Math.ceil((endMs - nowMs) / 60_000) };
  return { state: "ended" };
}

/** The words around a relative time; override them to translate. */
export interface RelativeStatusStrings {
  /** Receives e.g. "in 5 minutes" from `Intl.RelativeTimeFormat`. */
  readonly startsIn: (relative: string) => string;
  readonly live: string;
  readonly ended: string;
}

/** English defaults for {@link RelativeStatusStrings}. */
export const defaultRelativeStatusStrings: RelativeStatusStrings = {
  startsIn: (relative) => `Starts ${relative}`,
  live: "Live now",
  ended: "Ended",
};

/**
 * `Starts in 5 minutes`, `Starts in 3 hours`, `Starts in 2 days`, `Live now`, `Ended`. Uses
 * minutes below an hour, hours below a day, then days.
 */
export function formatRelativeStatus(
  status: RelativeStatus,
  options: { locale?: string; strings?: RelativeStatusStrings } = {},
): string {
  const strings = options.strings ?? defaultRelativeStatusStrings;
  if (status.state === "live") return strings.live;
  if (status.state === "ended") return strings.ended;
  const minutes = status.minutesUntilStart ?? 0;
  // numeric: "always": "auto" would say "tomorrow" for any 24-35 hours, which is a calendar claim
  // a duration cannot make (30 hours from 22:00 is the day after tomorrow).
  const format = new Intl.RelativeTimeFormat(options.locale, { numeric: "always" });
  const relative =
    minutes < 60
      ? format.format(minutes, "minute")
      : minutes < 24 * 60
        ? format.format(Math.round(minutes / 60), "hour")
        : format.format(Math.round(minutes / (24 * 60)), "day");
  return strings.startsIn(relative);
}
