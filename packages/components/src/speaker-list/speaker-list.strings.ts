import type { LinkKind } from "@lectern/core";
import { defaultUiStrings, recordOrNothing, type UiStrings } from "../shared/ui-strings.js";

/**
 * Every piece of text `<speaker-list>` shows that does not come from the program. Override
 * any of them through the element's `strings` property (a partial object) to translate or
 * reword. The texts it shares with the other elements (kinds, "to be announced" placeholders,
 * "your time") default to the shared {@link defaultUiStrings}, so a page's wording stays one.
 */
export interface SpeakerListStrings extends Pick<
  UiStrings,
  | "kinds"
  | "titleToBeAnnounced"
  | "nameToBeAnnounced"
  | "biographyToBeAnnounced"
  | "tentative"
  | "cancelled"
  | "yourTime"
  | "nextDay"
  | "previousDay"
> {
  /** The accessible name of the list in `people="speakers"` mode. */
  readonly speakers: string;
  /** The accessible name of the list in `people="organisers"` mode. */
  readonly organisers: string;
  /** The accessible name of the list in `people="all"` mode. */
  readonly people: string;
  /** Shown instead of the list when the program names no one for the mode. */
  readonly noPeople: string;
  /** Shown for an invited speaker whose talk is not in the program yet. */
  readonly talkToBeAnnounced: string;
  /** Shown when a person's affiliations are listed as to be announced. */
  readonly affiliationToBeAnnounced: string;
  /** The button that opens a biography (the person's name follows for screen readers). */
  readonly showBiography: string;
  /** The button that closes a biography. */
  readonly hideBiography: string;
  /** The label of a person's homepage link. */
  readonly homepage: string;
  /** The label of a person's ORCID link (the iD follows it). */
  readonly orcid: string;
  /** The accessible name of a person's list of talks. */
  readonly talks: string;
  /** The accessible name of a person's list of links. */
  readonly linksLabel: string;
  /** The visible name of a profile link without a label of its own, by kind ("GitHub"). */
  readonly linkKinds: Readonly<Record<LinkKind, string>>;
  /**
   * @deprecated Renamed {@link SpeakerListStrings.linksLabel}: elsewhere `links` names the
   * kinds of link. Still read when given, and mirrored in merged strings, until the next minor version.
   */
  readonly links: string;
}

/** The English defaults. */
export const defaultSpeakerListStrings: SpeakerListStrings = {
  kinds: defaultUiStrings.kinds,
  titleToBeAnnounced: defaultUiStrings.titleToBeAnnounced,
  nameToBeAnnounced: defaultUiStrings.nameToBeAnnounced,
  biographyToBeAnnounced: defaultUiStrings.biographyToBeAnnounced,
  tentative: defaultUiStrings.tentative,
  cancelled: defaultUiStrings.cancelled,
  yourTime: defaultUiStrings.yourTime,
  nextDay: defaultUiStrings.nextDay,
  previousDay: defaultUiStrings.previousDay,
  speakers: "Speakers",
  organisers: "Organisers",
  people: "People",
  noPeople: "No one is listed yet.",
  talkToBeAnnounced: "Talk to be announced",
  affiliationToBeAnnounced: "Affiliation to be announced",
  showBiography: "Show biography",
  hideBiography: "Hide biography",
  homepage: "Homepage",
  orcid: "ORCID",
  talks: "Talks",
  linksLabel: "Links",
  linkKinds: defaultUiStrings.links,
  links: "Links",
};

/**
 * The defaults with the element's overrides applied (one level deep for `kinds`); the
 * deprecated `links` (a text, not the shared record of link kinds) still takes effect.
 */
export function mergeSpeakerListStrings(overrides: Partial<SpeakerListStrings> | undefined): SpeakerListStrings {
  if (!overrides) return defaultSpeakerListStrings;
  const oldLinks = typeof overrides.links === "string" ? overrides.links : undefined;
  const linksLabel = overrides.linksLabel ?? oldLinks ?? defaultSpeakerListStrings.linksLabel;
  return {
    ...defaultSpeakerListStrings,
    ...overrides,
    kinds: { ...defaultSpeakerListStrings.kinds, ...recordOrNothing(overrides.kinds) },
    linkKinds: { ...defaultSpeakerListStrings.linkKinds, ...recordOrNothing(overrides.linkKinds) },
    linksLabel,
    links: linksLabel,
  };
}
