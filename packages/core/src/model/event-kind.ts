/** What kind of gathering a program describes. */
export const eventKinds = [
  "workshop",
  "conference",
  "symposium",
  "seminar-series",
  "summer-school",
  "tutorial",
  "meeting",
  "other",
] as const;

/** One of {@link eventKinds}. */
export type EventKind = (typeof eventKinds)[number];
