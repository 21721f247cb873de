import { defaultUiStrings, recordOrNothing, type UiStrings } from "../shared/ui-strings.js";

/**
 * Every piece of text `<talk-list>` shows that does not come from the program, its
 * `<talk-card>`s' included (they receive the same object). Override any of them through the
 * element's `strings` property (a partial object) to translate or reword. The texts shared
 * with the other elements default to {@link defaultUiStrings}, except that a
 * `contributed-talk` is a "Talk" here: in a reading group or lab seminar it is not an oral.
 */
export interface TalkListStrings extends UiStrings {
  /** The heading of the meetings still to come (the next one, live or not, among them). */
  readonly upcoming: string;
  /** The heading of the talks whose date (and time) is still to be announced, after the upcoming meetings. */
  readonly dateToBeAnnounced: string;
  /** The heading of the meetings that have ended, newest first. */
  readonly past: string;
  /** Shown under "Upcoming talks" when every meeting has ended. */
  readonly noUpcoming: string;
  /** Shown instead of the list when the program has no meeting and no talk. */
  readonly noTalks: string;
  /** The highlight of the next meeting; receives "in 3 days", "tomorrow", "today" or {@link liveNow}. */
  readonly nextTalk: (relative: string) => string;
  /** The relative time of a meeting that is on now. */
  readonly liveNow: string;
  /** A cancelled meeting with the organisers' reason ("Cancelled: Department away day"). */
  readonly cancelledBecause: (reason: string) => string;
  /** The button that downloads the whole series as one `.ics` file. */
  readonly addSeriesToCalendar: string;
  /** Said while the program is fetched from `src`. */
  readonly loading: string;
  /** Said when no program is given at all. */
  readonly noProgram: string;
  /** The heading of the list of problems in invalid data. */
  readonly invalidProgram: (source: string, count: number) => string;
}

/** The English defaults. */
export const defaultTalkListStrings: TalkListStrings = {
  ...defaultUiStrings,
  kinds: { ...defaultUiStrings.kinds, "contributed-talk": "Talk" },
  upcoming: "Upcoming talks",
  dateToBeAnnounced: "Date to be announced",
  past: "Past talks",
  noUpcoming: "No upcoming talks.",
  noTalks: "No talks are listed yet.",
  nextTalk: (relative) => `Next talk, ${relative}`,
  liveNow: "live now",
  cancelledBecause: (reason) => `Cancelled: ${reason}`,
  addSeriesToCalendar: "Add series to calendar",
  loading: "Loading the talks…",
  noProgram:
    'No talks to show: set the src attribute, a program property, or put the program\'s JSON in a <script type="application/json"> inside the element.',
  invalidProgram: (source, count) =>
    `The talks from ${source} could not be shown: ${count === 1 ? "1 problem" : `${count} problems`} to fix.`,
};

/** The defaults with the element's overrides applied (one level deep for `kinds` and `links`). */
export function mergeTalkListStrings(overrides: Partial<TalkListStrings> | undefined): TalkListStrings {
  if (!overrides) return defaultTalkListStrings;
  // The deprecated `links_` still takes effect when `linksLabel` is not given.
  const linksLabel = overrides.linksLabel ?? overrides.links_ ?? defaultTalkListStrings.linksLabel;
  return {
    ...defaultTalkListStrings,
    ...overrides,
    kinds: { ...defaultTalkListStrings.kinds, ...recordOrNothing(overrides.kinds) },
    links: { ...defaultTalkListStrings.links, ...recordOrNothing(overrides.links) },
    linksLabel,
    links_: linksLabel,
  };
}
