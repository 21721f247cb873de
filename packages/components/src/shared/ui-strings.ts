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
  /** The mark of an item presented remotely (the presenter joins online). */
  readonly remote: string;
  /** The mark of an item presented both on site and online. */
  readonly hybrid: string;
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
  /** Said instead of a clock time for an item with a date only, or whose time is to be announced. */
  readonly timeNotAnnounced: string;
  /** The accessible explanation of an author's equal-contribution mark, and its legend. */
  readonly equalContribution: string;
  /** The accessible name of a person's link: "ORCID of Jane Doe". */
  readonly personLink: (kindLabel: string, name: string) => string;
  /** Before the title of the session an item is in: "Session: Orals I". */
  readonly session: string;
  /** The accessible name of a session's link (its call, its stream): "Zoom (Orals I)". */
  readonly sessionLink: (label: string, sessionTitle: string) => string;
  /** Before the names of a session's chairs: "Chair: Ana Silva, Li Na". */
  readonly chair: string;
  /** The button that shows an item's texts as written, when a translation is shown. */
  readonly showOriginal: string;
  /** The button that shows the translation in the page's language again. */
  readonly showTranslation: string;
  /** Badge of an item that is not in the previous version (`previous-src`). */
  readonly changeNew: string;
  /** Badge of an item at another time or in another room than in the previous version. */
  readonly changeMoved: string;
  /** Badge of an item cancelled since the previous version. */
  readonly changeCancelled: string;
  /** Badge of an item whose title changed since the previous version. */
  readonly changeRetitled: string;
  /** Badge of an item whose speakers or authors (or presenter) changed since the previous version. */
  readonly changePeople: string;
  /** Said of a favourite that is no longer in the program. */
  readonly changeRemoved: string;
  /** Beside a changed item's new time, room or title, what it was: "was 09:10–09:40, Room 2". */
  readonly changeWas: (before: string) => string;
  /**
   * Said above what an element shows (the program, the talks, a card's talk) when its previous
   * version (`previous-src`) cannot be read, so no change is marked; its problems follow.
   */
  readonly previousUnreadable: (source: string, count: number) => string;
  /** The heading of the favourites that changed since the visitor last marked them seen. */
  readonly changedSinceLastVisit: string;
  /** The button that takes the favourites' changes as seen (they are not listed again). */
  readonly markChangesSeen: string;
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
  remote: "Remote",
  hybrid: "Hybrid",
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
  equalContribution: "equal contribution",
  personLink: (kindLabel, name) => `${kindLabel} of ${name}`,
  session: "Session",
  sessionLink: (label, sessionTitle) => `${label} (${sessionTitle})`,
  chair: "Chair",
  showOriginal: "Show original",
  showTranslation: "Show translation",
  changeNew: "New",
  changeMoved: "Moved",
  changeCancelled: "Cancelled",
  changeRetitled: "Retitled",
  changePeople: "Speakers changed",
  changeRemoved: "Removed",
  changeWas: (before) => `was ${before}`,
  previousUnreadable: (source, count) =>
    `The previous version from ${source} could not be read (${count === 1 ? "1 problem" : `${count} problems`}), so no changes are marked.`,
  changedSinceLastVisit: "Changed since your last visit",
  markChangesSeen: "Mark as seen",
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
