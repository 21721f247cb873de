import {
  describePerson,
  formatItemTime,
  indexProgram,
  isTimedEntry,
  isToBeAnnounced,
  isValidTimeZone,
  type Id,
  type ItemKind,
  type ItemStatus,
  type ItemTimeText,
  type Link,
  type Person,
  type Program,
  type ResolvedItem,
  type TimeZoneMode,
  type UntimedItem,
} from "@lectern/core";
import { personLinksOf } from "../shared/person-links.js";
import { scheduleOf } from "../shared/schedule-cache.js";
import { initialsOf } from "./initials-of.js";

/** Which people `<speaker-list>` shows. */
export const speakerListModes = ["speakers", "organisers", "all"] as const;

/** One of {@link speakerListModes}: `speakers` (the default), `organisers` or `all`. */
export type SpeakerListMode = (typeof speakerListModes)[number];

/** One item a listed person speaks at or wrote, as the list links to it. */
export interface ListedTalk {
  readonly itemId: Id;
  readonly kind: ItemKind;
  readonly status: ItemStatus;
  /** The title; `undefined` when it is to be announced or the item has none (a break). */
  readonly title?: string;
  readonly titleToBeAnnounced: boolean;
  /** Start as ISO 8601 in the event's zone, for `<time datetime>`; `undefined` when untimed. */
  readonly start?: string;
  /** The time written out; `undefined` for an item with no time yet (a tentative program). */
  readonly time?: ItemTimeText;
}

/** A person as a card of the list shows them. */
export interface ListedPerson {
  readonly id: Id;
  /** The display name; `undefined` when it is to be announced. */
  readonly name?: string;
  /** Initials for the avatar when there is no photo; `""` when the name is to be announced. */
  readonly initials: string;
  /** An `http(s)` photo address, or `undefined` (none, to be announced, or not a web image). */
  readonly photo?: string;
  readonly affiliations: readonly string[];
  readonly affiliationsToBeAnnounced: boolean;
  /** Organiser roles, in `organisers` and `all` modes ("General chair"). */
  readonly roles: readonly string[];
  readonly homepage?: string;
  readonly orcid?: string;
  /**
   * Every profile link the card shows: the person's `links`, then their homepage and ORCID iD
   * when `links` holds none of that kind (web addresses only; see {@link personLinksOf}).
   */
  readonly links: readonly Link[];
  readonly biography?: string;
  readonly biographyToBeAnnounced: boolean;
  /** The items they speak at or (co-)authored, in schedule order. */
  readonly talks: readonly ListedTalk[];
  /** An invited speaker with no item in the program yet: "Talk to be announced". */
  readonly talkToBeAnnounced: boolean;
}

/** Options of {@link viewSpeakerList}. */
export interface SpeakerListOptions {
  readonly mode: SpeakerListMode;
  /** The visitor's IANA zone; an invalid one falls back to the event's. */
  readonly viewerZone: string;
  readonly locale: string;
  /** Which clock(s) talk times are written in; default `both` (the visitor's only when it differs). */
  readonly timeZoneMode?: TimeZoneMode;
}

type ScheduleEntry = ResolvedItem | UntimedItem;

const isWebAddress = (url: string | undefined): url is string => url !== undefined && /^https?:\/\//i.test(url);

/**
 * The entries of a program in the order a visitor meets them: timed items by start, then
 * items with no time (a tentative program) in program order.
 */
function entriesInScheduleOrder(program: Program): readonly ScheduleEntry[] {
  const schedule = scheduleOf(program);
  return [...schedule.items, ...schedule.untimed];
}

/**
 * The speakers of a program, in this order: the event's `invitedSpeakers` as listed, then
 * everyone else by their first appearance in the schedule (timed items by start, then untimed
 * items in program order), each item contributing its `speakers` and then its presenting
 * authors. Non-presenting authors and session chairs are not speakers.
 */
export function findSpeakers(program: Program): readonly Id[] {
  const speakers = new Set<Id>(program.event.invitedSpeakers);
  for (const { item } of entriesInScheduleOrder(program)) {
    for (const id of item.speakers ?? []) speakers.add(id);
    for (const author of item.authors ?? []) if (author.presenting) speakers.add(author.person);
  }
  return [...speakers];
}

/** The ids a mode lists, each once, in that mode's order (see the element's docs). */
function idsFor(program: Program, mode: SpeakerListMode): readonly Id[] {
  switch (mode) {
    case "speakers":
      return findSpeakers(program);
    case "organisers":
      return [...new Set((program.event.organisers ?? []).map((organiser) => organiser.person))];
    case "all":
      return (program.people ?? []).map((person) => person.id);
  }
}

function rolesByPerson(program: Program): Map<Id, string[]> {
  const roles = new Map<Id, string[]>();
  for (const { person, role } of program.event.organisers ?? []) {
    const list = roles.get(person) ?? [];
    if (role && !list.includes(role)) list.push(role);
    roles.set(person, list);
  }
  return roles;
}

function talksByPerson(program: Program, describeTime: (entry: ResolvedItem) => ItemTimeText): Map<Id, ListedTalk[]> {
  const talks = new Map<Id, ListedTalk[]>();
  for (const entry of entriesInScheduleOrder(program)) {
    const { item } = entry;
    const timed = isTimedEntry(entry);
    const talk: ListedTalk = {
      itemId: item.id,
      kind: item.kind,
      status: entry.status,
      title: item.title,
      titleToBeAnnounced: !item.title && isToBeAnnounced(item, "title"),
      start: timed ? entry.start : undefined,
      time: timed ? describeTime(entry) : undefined,
    };
    const people = new Set([...(item.speakers ?? []), ...(item.authors ?? []).map((author) => author.person)]);
    for (const id of people) {
      const list = talks.get(id) ?? [];
      list.push(talk);
      talks.set(id, list);
    }
  }
  return talks;
}

function listPerson(
  person: Person,
  context: { talks: readonly ListedTalk[]; roles: readonly string[]; invited: boolean },
): ListedPerson {
  const name = isToBeAnnounced(person, "name") ? undefined : describePerson(person);
  const affiliations = person.affiliations ?? [];
  return {
    id: person.id,
    name,
    initials: name ? initialsOf(name) : "",
    photo: isToBeAnnounced(person, "photo") || !isWebAddress(person.photo) ? undefined : person.photo,
    affiliations,
    affiliationsToBeAnnounced: affiliations.length === 0 && isToBeAnnounced(person, "affiliations"),
    roles: context.roles,
    homepage: person.homepage,
    orcid: person.orcid,
    links: personLinksOf(person),
    biography: person.biography,
    biographyToBeAnnounced: !person.biography && isToBeAnnounced(person, "biography"),
    talks: context.talks,
    talkToBeAnnounced: context.invited && context.talks.length === 0,
  };
}

/**
 * Prepares the people `<speaker-list>` shows, without touching the DOM.
 *
 * - `speakers`: see {@link findSpeakers}.
 * - `organisers`: `event.organisers` in order, each person once with all their roles.
 * - `all`: every person in `program.people` order, organisers with their roles.
 *
 * Each person's talks are the items they speak at or (co-)authored, in schedule order, with
 * times in the event's zone (and the visitor's when it differs, per `timeZoneMode`).
 */
export function viewSpeakerList(program: Program, options: SpeakerListOptions): readonly ListedPerson[] {
  const index = indexProgram(program);
  const viewerZone = isValidTimeZone(options.viewerZone) ? options.viewerZone : program.event.timeZone;
  const talks = talksByPerson(program, (entry) =>
    formatItemTime(entry.startMs, entry.endMs, {
      event: program.event,
      viewerZone,
      mode: options.timeZoneMode ?? "both",
      locale: options.locale,
    }),
  );
  const roles = options.mode === "speakers" ? new Map<Id, string[]>() : rolesByPerson(program);
  const invited = new Set(program.event.invitedSpeakers);
  return idsFor(program, options.mode).flatMap((id) => {
    // parseProgram checks references; a hand-built program may still name someone unknown.
    const person = index.people.get(id)?.value;
    if (!person) return [];
    return [listPerson(person, { talks: talks.get(id) ?? [], roles: roles.get(id) ?? [], invited: invited.has(id) })];
  });
}
