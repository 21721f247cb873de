import type { EventKind, LinkKind } from "@lectern/core";
import { defaultUiStrings, recordOrNothing } from "../shared/ui-strings.js";

/**
 * Every piece of text `<event-summary>` shows that does not come from the program. Override
 * any of them through the element's `strings` property (a partial object) to translate or
 * reword; `eventKinds` and `links` may be overridden one entry at a time.
 */
export interface EventSummaryStrings {
  /** The badge for the kind of event ("Workshop"), one entry at a time. */
  readonly eventKinds: Readonly<Record<EventKind, string>>;
  /**
   * @deprecated Renamed {@link EventSummaryStrings.eventKinds}: elsewhere `kinds` names the
   * kinds of item. Still read when given, and mirrored in merged strings, until the next minor version.
   */
  readonly kinds: Readonly<Record<EventKind, string>>;
  /** The text of a link that has no label of its own, by kind. */
  readonly links: Readonly<Record<LinkKind, string>>;
  /** The prominent submission link's text, given the link's own label ("OpenReview"). */
  readonly submitVia: (label: string) => string;
  /** The prominent registration link's text, given the link's own label. */
  readonly registerVia: (label: string) => string;
  /** Before the host conference: "Part of ICLR 2026". */
  readonly partOf: string;
  readonly when: string;
  readonly timeZone: string;
  readonly where: string;
  readonly contact: string;
  /** The venue link's text when the venue has a web page but no name. */
  readonly venueWebsite: string;
  readonly organisers: string;
  readonly invitedSpeakers: string;
  readonly importantDates: string;
  readonly callForPapers: string;
  readonly publicationPolicy: string;
  readonly awards: string;
  /** Before the titles of the items that won an award. */
  readonly awardedTo: string;
  /** The accessible name of the event's list of links. */
  readonly linksLabel: string;
  /** @deprecated Renamed {@link EventSummaryStrings.linksLabel}; still read when given, until the next minor version. */
  readonly links_: string;
  /** The notice shown when the schedule is tentative. */
  readonly tentativeSchedule: string;
  /** Shown when the organisers say the schedule is final. */
  readonly finalSchedule: string;
  readonly nameToBeAnnounced: string;
  readonly titleToBeAnnounced: string;
  /** After an important date shown in the visitor's own zone too. */
  readonly yourTime: string;
}

/** The English names of the kinds of event. */
const eventKindNames: Readonly<Record<EventKind, string>> = {
  workshop: "Workshop",
  conference: "Conference",
  symposium: "Symposium",
  "seminar-series": "Seminar series",
  "summer-school": "Summer school",
  tutorial: "Tutorial",
  meeting: "Meeting",
  other: "Event",
};

/** The English defaults. */
export const defaultEventSummaryStrings: EventSummaryStrings = {
  eventKinds: eventKindNames,
  kinds: eventKindNames,
  links: defaultUiStrings.links,
  submitVia: (label) => `Submit via ${label}`,
  registerVia: (label) => `Register via ${label}`,
  partOf: "Part of",
  when: "When",
  timeZone: "Time zone",
  where: "Where",
  contact: "Contact",
  venueWebsite: "Venue website",
  organisers: "Organisers",
  invitedSpeakers: "Invited speakers",
  importantDates: "Important dates",
  callForPapers: "Call for papers",
  publicationPolicy: "Publication policy",
  awards: "Awards",
  awardedTo: "Awarded to",
  linksLabel: "Links",
  links_: "Links",
  tentativeSchedule: "Tentative schedule",
  finalSchedule: "Final schedule",
  nameToBeAnnounced: defaultUiStrings.nameToBeAnnounced,
  titleToBeAnnounced: defaultUiStrings.titleToBeAnnounced,
  yourTime: "your time",
};

/**
 * The defaults with an element's overrides applied (one level deep for `eventKinds` and
 * `links`); the deprecated `kinds` and `links_` still take effect under their new names.
 */
export function mergeEventSummaryStrings(overrides: Partial<EventSummaryStrings> | undefined): EventSummaryStrings {
  if (!overrides) return defaultEventSummaryStrings;
  const eventKinds = {
    ...defaultEventSummaryStrings.eventKinds,
    ...recordOrNothing(overrides.kinds),
    ...overrides.eventKinds,
  };
  const linksLabel = overrides.linksLabel ?? overrides.links_ ?? defaultEventSummaryStrings.linksLabel;
  return {
    ...defaultEventSummaryStrings,
    ...overrides,
    eventKinds,
    kinds: eventKinds,
    links: { ...defaultEventSummaryStrings.links, ...recordOrNothing(overrides.links) },
    linksLabel,
    links_: linksLabel,
  };
}
