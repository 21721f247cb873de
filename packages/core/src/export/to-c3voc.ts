import type { LinkKind } from "../model/link.js";
import type { Program } from "../model/program.js";
import { problemAt, type ProgramProblem } from "../parse/problem.js";
import { describePerson } from "../schedule/announcements.js";
import { indexProgram } from "../schedule/program-index.js";
import { resolveSchedule } from "../schedule/resolve-schedule.js";
import { resolveLocalTime, toIsoInZone, toLocalDateTime } from "../time/zoned-time.js";
import { readDateText } from "../time/date-time-text.js";
import { asUri } from "../model/safe-url.js";
import { sessionLinksOfTalk } from "./session-links-of-talk.js";
import { stableUuid } from "./stable-uuid.js";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const slugPattern = /^[a-z0-9_-]+[a-z0-9]$/;
const acronymPattern = /^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$/;
// Maps, not objects, for every lookup by a name from the program: a room called
// "constructor" or "__proto__" must be a room like any other.
const referenceTypes = new Map<LinkKind, string>(
  Object.entries({
    slides: "slides",
    paper: "paper",
    arxiv: "paper",
    doi: "paper",
    pdf: "paper",
    openreview: "paper",
    video: "media",
    livestream: "media",
    web: "web",
  } satisfies Partial<Record<LinkKind, string>>) as [LinkKind, string][],
);
/** Extra data as a record of fields; anything else (an array, a string) has none. */
const asRecord = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
/** The room written for timed items without one, when the event names no venue. */
const defaultRoomName = "Main room";
const pad2 = (value: number) => String(value).padStart(2, "0");
const hoursMinutes = (minutes: number) => `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
const slugify = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
/**
 * A slug the c3voc pattern accepts (two characters at least): a name that slugifies to one
 * character ("X", "Ω") or to nothing is prefixed with, or replaced by, `fallback`.
 */
const patternSlug = (text: string, fallback: string) => {
  const slug = slugify(text);
  return slugPattern.test(slug) ? slug : slug === "" ? fallback : `${fallback}-${slug}`;
};

/** A c3voc schedule document and what had to be changed or invented to write it. */
export interface C3vocExport {
  readonly document: Record<string, unknown>;
  readonly warnings: readonly ProgramProblem[];
  /**
   * Why the document must not be written: non-empty when no item has a time (frab's XSD
   * requires a day, and an empty schedule only tells a client that nothing happens).
   */
  readonly errors: readonly ProgramProblem[];
}

/**
 * Writes a program as a c3voc `schedule.json` (what Giggity, EventFahrplan, ConfClerk and
 * the congress apps read), strictly: the output validates against the official schema. What
 * the format requires but the program lacks (guids, integer ids, slugs, event URLs) is made
 * stable and deterministic, with a warning; what the format cannot hold (affiliations,
 * ordered authors, tags) is listed as a warning rather than silently dropped. Untimed items
 * cannot be written (the format has no tentative order): each gets a warning naming it, and
 * a program with no timed item at all is an error (`errors`), never an invalid file.
 * Persons are the speakers and presenting authors; all authors when none is marked presenting.
 * The format has no sessions: a session's links (its Zoom call, its livestream) go with each
 * of its talks, titled for the session ("Zoom (Orals I)") and not repeating the talk's own.
 */
export function toC3voc(program: Program): C3vocExport {
  const warnings: ProgramProblem[] = [];
  const event = program.event;
  const zone = event.timeZone;
  const index = indexProgram(program);
  const frab = asRecord(event.extra?.frab);
  const dayChange =
    typeof frab.dayChange === "string" && /^\d{2}:\d{2}/.test(frab.dayChange) ? frab.dayChange.slice(0, 5) : "04:00";
  const schedule = resolveSchedule(program, { dayStartsAt: dayChange });
  const base = event.acronym ?? event.title;
  let acronym = slugify(base).replace(/-/g, "_");
  if (acronym.length < 4) acronym = `${acronym}____`.slice(0, 4);
  if (!acronymPattern.test(acronym)) acronym = `event_${acronym}`.replace(/[^a-z0-9_]/g, "_");
  if (acronym !== event.acronym)
    warnings.push(problemAt(["event", "acronym"], `written as "${acronym}" to fit the c3voc acronym pattern`));
  for (const entry of schedule.untimed)
    warnings.push(
      problemAt(["items", entry.index], "has no time and is not written: c3voc and frab have no tentative order"),
    );
  const errors =
    schedule.items.length === 0
      ? [
          problemAt(
            [],
            `no item has a time (${schedule.untimed.map((entry) => entry.path).join(", ") || "no items"}); c3voc and frab need at least one timed item`,
          ),
        ]
      : [];
  const webPage = event.links?.find((link) => link.kind === "web")?.url;
  const eventPage = webPage === undefined ? undefined : asUri(webPage);
  const unmapped = new Set<string>();

  const usedIds = new Set<number>();
  let nextId = 1;
  const integerIdOf = (id: string) => {
    const numeric = /^\d+$/.test(id) ? Number(id) : undefined;
    if (numeric !== undefined && numeric >= 1 && !usedIds.has(numeric)) {
      usedIds.add(numeric);
      return numeric;
    }
    while (usedIds.has(nextId)) nextId += 1;
    usedIds.add(nextId);
    return nextId;
  };
  let invented = 0;
  const roomless: string[] = [];

  const eventOf = (entry: (typeof schedule.items)[number]) => {
    const { item } = entry;
    const extra = asRecord(item.extra);
    if (entry.roomId === undefined) roomless.push(item.id);
    const room =
      entry.roomId === undefined
        ? (event.venue?.name ?? defaultRoomName)
        : (index.rooms.get(entry.roomId)?.value.name ?? entry.roomId);
    const guid =
      typeof extra.guid === "string" && uuidPattern.test(extra.guid) ? extra.guid : stableUuid(`${acronym}/${item.id}`);
    const slug =
      typeof extra.slug === "string" && slugPattern.test(extra.slug)
        ? extra.slug
        : `${acronym.replace(/_/g, "-")}-${slugify(item.id)}-${slugify(item.title ?? item.kind)}`
            .slice(0, 120)
            .replace(/[-_]+$/, "");
    if (guid !== extra.guid || slug !== extra.slug) invented += 1;
    const pageLink =
      item.links?.find((link) => link.label === "Event page") ?? item.links?.find((link) => link.kind === "web");
    const url = pageLink
      ? asUri(pageLink.url)
      : eventPage
        ? `${eventPage}#talk-${item.id}`
        : `urn:lectern:${acronym}:${item.id}`;
    const local = toLocalDateTime(entry.startMs, zone);
    if (item.authors?.length) unmapped.add("authors");
    if (item.tags) unmapped.add("tags");
    // Nobody marked presenting means the page did not say who presents: keep every author.
    const authors = item.authors ?? [];
    const presenters = authors.some((author) => author.presenting)
      ? authors.filter((author) => author.presenting)
      : authors;
    const people = [...(item.speakers ?? []), ...presenters.map((author) => author.person)];
    return {
      guid,
      id: integerIdOf(item.id),
      date: toIsoInZone(entry.startMs, zone),
      start: `${pad2(local.hour)}:${pad2(local.minute)}`,
      duration: hoursMinutes(Math.max(0, entry.durationMinutes)),
      room,
      slug,
      url,
      title: item.title ?? "Title to be announced",
      subtitle: item.subtitle ?? null,
      track: entry.trackId === undefined ? null : (index.tracks.get(entry.trackId)?.value.name ?? null),
      type: typeof extra.type === "string" ? extra.type : item.kind,
      language: typeof extra.language === "string" ? extra.language : (item.language ?? event.language ?? null),
      abstract: item.abstract ?? null,
      description: null,
      persons: [...new Set(people)].map((id) => {
        const person = index.people.get(id)?.value;
        return {
          name: (person && describePerson(person)) ?? "To be announced",
          guid: stableUuid(`${acronym}/person/${id}`),
        };
      }),
      // The session's call and stream too, "Zoom (Orals I)": c3voc has no sessions to hold them.
      links: [
        ...(item.links ?? []).filter((link) => link !== pageLink && /^https?:/i.test(link.url)),
        ...sessionLinksOfTalk(item.links ?? [], index.sessionOfItem.get(item.id)?.value),
      ].map((link) => ({
        url: asUri(link.url),
        ...(link.label ? { title: link.label } : {}),
        type: referenceTypes.get(link.kind) ?? "related",
      })),
    };
  };

  const days = schedule.days.map((day, dayIndex) => {
    const roomEvents = new Map<string, unknown[]>();
    for (const entry of day.items) {
      const written = eventOf(entry);
      const events = roomEvents.get(written.room) ?? [];
      if (events.length === 0) roomEvents.set(written.room, events);
      events.push(written);
    }
    // Object.fromEntries defines own properties, so "__proto__" is a key, not the prototype.
    const rooms = Object.fromEntries(roomEvents);
    const date = readDateText(day.date);
    const dayStart = date.ok
      ? resolveLocalTime(
          {
            year: date.year,
            month: date.month,
            day: date.day,
            hour: Number(dayChange.slice(0, 2)),
            minute: Number(dayChange.slice(3, 5)),
            second: 0,
          },
          zone,
        )
      : undefined;
    const startMs = dayStart && dayStart.kind !== "gap" ? dayStart.epochMs : day.startMs;
    return {
      index: dayIndex + 1,
      date: day.date,
      day_start: toIsoInZone(Math.min(startMs, day.startMs), zone),
      day_end: toIsoInZone(Math.max(startMs + 86_400_000 - 1000, day.endMs), zone),
      rooms,
    };
  });
  if (roomless.length > 0) {
    const named = roomless
      .slice(0, 3)
      .map((id) => `"${id}"`)
      .join(", ");
    const more = roomless.length > 3 ? ` and ${roomless.length - 3} more` : "";
    warnings.push(
      problemAt(
        ["items"],
        `${roomless.length} timed item(s) have no room (${named}${more}); c3voc and frab need one, so they are written in "${event.venue?.name ?? defaultRoomName}"`,
      ),
    );
  }
  if (invented > 0)
    warnings.push(
      problemAt([], `${invented} event(s) had no c3voc guid or slug; stable ones were made from their ids`),
    );
  if (unmapped.size > 0)
    warnings.push(
      problemAt(
        [],
        `c3voc cannot hold ${[...unmapped].join(" or ")}: authors are written as persons (the presenting ones, or all when none is marked), tags are left out`,
      ),
    );

  const roomNames = [...new Set(days.flatMap((day) => Object.keys(day.rooms)))];
  const firstDay = schedule.days[0]?.date ?? event.startDate;
  return {
    warnings,
    errors,
    document: {
      $schema: "https://c3voc.de/schedule/schema.json",
      generator: { name: "lectern", version: "0" },
      schedule: {
        version: typeof frab.version === "string" && frab.version.trim() !== "" ? frab.version : "1.0",
        ...(eventPage ? { base_url: eventPage } : {}),
        conference: {
          acronym,
          title: event.title,
          start: event.startDate < firstDay ? event.startDate : firstDay,
          end: event.endDate ?? schedule.days.at(-1)?.date ?? event.startDate,
          daysCount: days.length,
          timeslot_duration: "00:05",
          time_zone_name: zone,
          ...(eventPage ? { url: eventPage } : {}),
          tracks: (program.tracks ?? []).map((track) => ({
            name: track.name,
            slug: patternSlug(track.name, "track"),
            ...(track.color ? { color: track.color } : {}),
          })),
          rooms: roomNames.map((name) => ({ name, guid: stableUuid(`${acronym}/room/${name}`) })),
          days,
        },
      },
    },
  };
}
