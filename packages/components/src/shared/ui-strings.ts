import type { ItemKind, LinkKind } from "@lectern/core";

/**
 * Every piece of text the elements show that does not come from the program. Override any of
 * them through an element's `strings` property (a partial object) to translate or reword.
 */
export interface UiStrings {
  readonly kinds: Readonly<Record<ItemKind, string>>;
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
  readonly yourTime: string;
  readonly nextDay: string;
  readonly previousDay: string;
  readonly minutes: (count: number) => string;
  readonly links_: string;
  readonly board: string;
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
  links_: "Links",
  board: "Board",
};

/** The defaults with an element's overrides applied (one level deep for `kinds` and `links`). */
export function mergeUiStrings(overrides: Partial<UiStrings> | undefined): UiStrings {
  if (!overrides) return defaultUiStrings;
  return {
    ...defaultUiStrings,
    ...overrides,
    kinds: { ...defaultUiStrings.kinds, ...overrides.kinds },
    links: { ...defaultUiStrings.links, ...overrides.links },
  };
}

/**
 * "next day" / "previous day" when the viewer's date of an item differs from the event's
 * (`formatItemTime`'s `viewerDayShift`), else `undefined`.
 */
export function dayShiftLabel(viewerDayShift: number, strings: Pick<UiStrings, "nextDay" | "previousDay">): string | undefined {
  return viewerDayShift > 0 ? strings.nextDay : viewerDayShift < 0 ? strings.previousDay : undefined;
}
