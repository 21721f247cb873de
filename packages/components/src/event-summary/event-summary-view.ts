import {
  describePerson,
  indexProgram,
  type EventInfo,
  type Id,
  type Link,
  type Program,
  type ProgramIndex,
} from "@lectern/core";
import {
  describeEventZoneOverDates,
  formatEventDates,
  formatImportantDate,
  type EventDatesText,
  type ImportantDateText,
} from "./event-summary-dates.js";

/**
 * The parts of the summary a page can choose with the `sections` attribute, in the order the
 * element shows them (the attribute chooses; it does not reorder).
 */
export const eventSummarySections = [
  "title",
  "status",
  "dates",
  "venue",
  "contact",
  "links",
  "description",
  "organisers",
  "speakers",
  "important-dates",
  "call-for-papers",
  "publication-policy",
  "awards",
] as const;

/** One of {@link eventSummarySections}. */
export type EventSummarySection = (typeof eventSummarySections)[number];

/** The long texts shown folded, behind a button. */
export const collapsibleSections = ["call-for-papers", "publication-policy"] as const;

/** One of {@link collapsibleSections}. */
export type CollapsibleSection = (typeof collapsibleSections)[number];

const isSection = (name: string): name is EventSummarySection =>
  (eventSummarySections as readonly string[]).includes(name);

/**
 * The sections a `sections` attribute asks for: a comma (or space) separated list of names
 * from {@link eventSummarySections}, case-insensitive. Unknown names are ignored; no attribute,
 * an empty one, or one with no known name means every section (a typo never blanks the page).
 */
export function readSections(attribute: string | null | undefined): ReadonlySet<EventSummarySection> {
  const chosen = (attribute ?? "")
    .split(/[\s,]+/)
    .map((name) => name.trim().toLowerCase())
    .filter(isSection);
  return new Set(chosen.length > 0 ? chosen : eventSummarySections);
}

/** A person as the summary lists them: an organiser with their role, or an invited speaker. */
export interface SummaryPerson {
  readonly id: Id;
  /** `undefined` when the name is to be announced. */
  readonly name?: string;
  readonly affiliations: readonly string[];
  readonly role?: string;
  readonly homepage?: string;
}

/** An award with the titles of the items that won it (`title` is `undefined` when to be announced). */
export interface SummaryAward {
  readonly name: string;
  readonly description?: string;
  readonly winners: readonly { readonly id: Id; readonly title?: string }[];
}

/** Where the event is, as lines: the venue's name, street address, and "city, country". */
export interface SummaryPlace {
  readonly name?: string;
  readonly address?: string;
  readonly locality?: string;
  readonly url?: string;
}

/** Everything `<event-summary>` shows, computed from the program without touching the DOM. */
export interface EventSummaryView {
  readonly event: EventInfo;
  readonly dates: EventDatesText;
  /** The organisers' label for the event's zone, or the locale's name for it with the offset. */
  readonly zoneLabel: string;
  readonly place?: SummaryPlace;
  readonly organisers: readonly SummaryPerson[];
  readonly invitedSpeakers: readonly SummaryPerson[];
  /** Submission and registration links, shown as prominent buttons. */
  readonly callsToAction: readonly Link[];
  /** Every other link, in the program's order. */
  readonly otherLinks: readonly Link[];
  readonly importantDates: readonly ImportantDateText[];
  readonly awards: readonly SummaryAward[];
  /** True when the organisers say the schedule is tentative (times and order may change). */
  readonly tentative: boolean;
}

const callToActionKinds: readonly Link["kind"][] = ["submission", "registration"];

function toSummaryPerson(index: ProgramIndex, id: Id, role?: string): SummaryPerson {
  const person = index.people.get(id)?.value;
  // A parsed program has every reference resolved; the id is the honest fallback otherwise.
  if (!person) return { id, name: id, affiliations: [], role };
  return { id, name: describePerson(person), affiliations: person.affiliations ?? [], role, homepage: person.homepage };
}

function toPlace(venue: EventInfo["venue"]): SummaryPlace | undefined {
  if (!venue) return undefined;
  const locality = [venue.city, venue.country].filter(Boolean).join(", ") || undefined;
  if (!venue.name && !venue.address && !locality && !venue.url) return undefined;
  return { name: venue.name, address: venue.address, locality, url: venue.url };
}

/**
 * Prepares what the summary of a program's event shows: dates and important dates written in
 * `locale`, important date-times also on the `viewerZone` clock when it reads differently,
 * people looked up by id, links split into calls to action and the rest.
 */
export function viewEventSummary(
  program: Program,
  options: { readonly locale: string; readonly viewerZone?: string },
): EventSummaryView {
  const { event } = program;
  const index = indexProgram(program);
  const links = event.links ?? [];
  return {
    event,
    dates: formatEventDates(event.startDate, event.endDate, options.locale),
    zoneLabel: describeEventZoneOverDates(event, options.locale),
    place: toPlace(event.venue),
    organisers: (event.organisers ?? []).map((organiser) => toSummaryPerson(index, organiser.person, organiser.role)),
    invitedSpeakers: (event.invitedSpeakers ?? []).map((id) => toSummaryPerson(index, id)),
    callsToAction: links.filter((link) => callToActionKinds.includes(link.kind)),
    otherLinks: links.filter((link) => !callToActionKinds.includes(link.kind)),
    importantDates: (event.importantDates ?? []).map((date) => formatImportantDate(date, event, options)),
    awards: (event.awards ?? []).map((award) => ({
      name: award.name,
      description: award.description,
      winners: (award.winners ?? []).map((id) => ({ id, title: index.items.get(id)?.value.title })),
    })),
    tentative: event.schedule?.status === "tentative",
  };
}
