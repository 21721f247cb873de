import type { ItemKind, LinkKind } from "@lectern/core";

/**
 * Every piece of text the elements show that does not come from the program. Override any of
 * them through an element's `strings` property (a partial object) to translate or reword.
 */
export interface UiStrings {
  /** The name of each kind of item ("Keynote", "Lunch"), one entry at a time. */
  readonly kinds: Readonly<Record<ItemKind, string>>;
  /** The text of a link that has no label of its own, by kind. */
  readonly links: Readonly<Record<LinkKind, string>>;
  readonly titleToBeAnnounced: string;
  readonly speakerToBeAnnounced: string;
  readonly nameToBeAnnounced: string;
  readonly abstractToBeAnnounced: string;
  readonly biographyToBeAnnounced: string;
  readonly tentative: string;
  readonly cancelled: string;
  readonly showAbstract: string;
  readonly hideAbstract: string;
  readonly addToCalendar: string;
  readonly speakers: string;
  readonly authors: string;
  readonly presenting: string;
  readonly room: string;
  readonly track: string;
  /** After a time shown in the visitor's own zone too: "(16:30–16:40 CEST, your time)". */
  readonly yourTime: string;
  readonly nextDay: string;
  readonly previousDay: string;
  readonly minutes: (count: number) => string;
  /** The accessible name of a list of links (a talk's, an event's, a paper's). */
  readonly linksLabel: string;
  /**
   * @deprecated Renamed {@link UiStrings.linksLabel} (one name per meaning); still read when
   * given, and mirrored in merged strings, until the next minor version.
   */
  readonly links_: string;
  readonly board: string;
  /** Said of an item that has a day but no time yet (a seminar page that gives only a date). */
  readonly timeNotAnnounced: string;
  /** Before the names of a session's chairs. */
  readonly chairs: string;
}

/** The English defaults. */
export const defaultUiStrings: UiStrings = {
  kinds: {
    keynote: "Keynote",
    "invited-talk": "Invited talk",
    "contributed-talk": "Oral",
    spotlight: "Spotlight",
    lightning: "Lightning talk",
    poster: "Poster",
    panel: "Panel",
    tutorial: "Tutorial",
    "poster-session": "Poster session",
    "coffee-break": "Coffee break",
    lunch: "Lunch",
    social: "Social",
    "opening-remarks": "Opening remarks",
    "closing-remarks": "Closing remarks",
    awards: "Awards",
    other: "Other",
  },
  links: {
    web: "Web page",
    paper: "Paper",
    arxiv: "arXiv",
    doi: "DOI",
    pdf: "PDF",
    slides: "Slides",
    poster: "Poster",
    video: "Video",
    livestream: "Livestream",
    code: "Code",
    openreview: "OpenReview",
    submission: "Submit",
    registration: "Register",
    "call-for-papers": "Call for papers",
    other: "Link",
    orcid: "ORCID",
    "google-scholar": "Google Scholar",
    github: "GitHub",
    mastodon: "Mastodon",
    bluesky: "Bluesky",
    twitter: "X (Twitter)",
    linkedin: "LinkedIn",
  },
  titleToBeAnnounced: "Title to be announced",
  speakerToBeAnnounced: "Speaker to be announced",
  nameToBeAnnounced: "Name to be announced",
  abstractToBeAnnounced: "Abstract to be announced",
  biographyToBeAnnounced: "Biography to be announced",
  tentative: "Tentative",
  cancelled: "Cancelled",
  showAbstract: "Show abstract",
  hideAbstract: "Hide abstract",
  addToCalendar: "Add to calendar",
  speakers: "Speakers",
  authors: "Authors",
  presenting: "presenting",
  room: "Room",
  track: "Track",
  yourTime: "your time",
  nextDay: "next day",
  previousDay: "previous day",
  minutes: (count) => `${count} min`,
  linksLabel: "Links",
  links_: "Links",
  board: "Board",
  timeNotAnnounced: "Time not announced",
  chairs: "Chairs",
};

/**
 * Overrides of {@link UiStrings}, as an element's `strings` property takes them: any of the
 * texts, and any entries of `kinds` and `links` (the others keep their defaults).
 */
export type UiStringOverrides = Partial<Omit<UiStrings, "kinds" | "links">> & {
  readonly kinds?: Partial<UiStrings["kinds"]>;
  readonly links?: Partial<UiStrings["links"]>;
};

/**
 * The defaults with an element's overrides applied (one level deep for `kinds` and `links`).
 * A deprecated key (`links_`) still takes effect when its new name is not given. Only
 * records are merged into `kinds` and `links`: the same object given to `<schedule-grid>` may
 * hold its old `kinds` label, a string.
 */
export function mergeUiStrings(overrides: UiStringOverrides | undefined): UiStrings {
  if (!overrides) return defaultUiStrings;
  const linksLabel = overrides.linksLabel ?? overrides.links_ ?? defaultUiStrings.linksLabel;
  return {
    ...defaultUiStrings,
    ...overrides,
    kinds: { ...defaultUiStrings.kinds, ...recordOrNothing(overrides.kinds) },
    links: { ...defaultUiStrings.links, ...recordOrNothing(overrides.links) },
    linksLabel,
    links_: linksLabel,
  };
}

/** `value` when it is a record of texts (an object), else `undefined`: for spreading overrides. */
export function recordOrNothing<T extends object>(value: T | string | undefined): T | undefined {
  return typeof value === "object" && value !== null ? value : undefined;
}

/**
 * "next day" / "previous day" when the viewer's date of an item differs from the event's
 * (`formatItemTime`'s `viewerDayShift`), else `undefined`.
 */
export function dayShiftLabel(
  viewerDayShift: number,
  strings: Pick<UiStrings, "nextDay" | "previousDay">,
): string | undefined {
  return viewerDayShift > 0 ? strings.nextDay : viewerDayShift < 0 ? strings.previousDay : undefined;
}
