import { defaultUiStrings, mergeUiStrings, type UiStrings } from "../shared/ui-strings.js";

/**
 * Every text `<changes-since-visit>` shows that does not come from the program. The badges'
 * words ("Moved", "Cancelled", "Removed"), "was …", the heading and "Mark as seen" are the
 * ones every element shares ({@link UiStrings}), so one translation covers them all.
 */
export interface ChangesSinceVisitStrings extends UiStrings {
  /** A changed favourite's time and room as they are now: "now Mon 27 Apr 09:40–10:10, Room 1". */
  readonly changeNow: (after: string) => string;
  /** Said when the program cannot be shown, with how many problems it has. */
  readonly invalidProgram: (source: string, count: number) => string;
}

/** The English defaults. */
export const defaultChangesSinceVisitStrings: ChangesSinceVisitStrings = {
  ...defaultUiStrings,
  changeNow: (after) => `now ${after}`,
  invalidProgram: (source, count) =>
    `The changes since your last visit could not be worked out: the program from ${source} has ${count === 1 ? "1 problem" : `${count} problems`}.`,
};

/** The defaults with the element's overrides applied (one level deep for `kinds` and `links`). */
export function mergeChangesSinceVisitStrings(
  overrides: Partial<ChangesSinceVisitStrings> | undefined,
): ChangesSinceVisitStrings {
  if (!overrides) return defaultChangesSinceVisitStrings;
  return { ...defaultChangesSinceVisitStrings, ...overrides, ...mergeUiStrings(overrides) };
}
