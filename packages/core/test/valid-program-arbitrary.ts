import fc from "fast-check";
import { eventKinds } from "../src/model/event-kind.js";
import { announceableItemFields } from "../src/model/item.js";
import { itemKinds } from "../src/model/item-kind.js";
import { itemPresentations } from "../src/model/item-presentation.js";
import { itemStatuses } from "../src/model/item-status.js";
import { scheduleStatuses } from "../src/model/schedule-status.js";
import {
  announce,
  dateArb,
  dateTimeArb,
  durationArb,
  extraArb,
  idArb,
  lineArb,
  linkArb,
  personArb,
  richTextArb,
  roomArb,
  tagArb,
  trackArb,
  urlArb,
  zones,
} from "./program-field-arbitraries.js";

// Valid programs for the property tests of the parser: references that resolve, times that exist.

export interface Ids {
  readonly people: string[];
  readonly rooms: string[];
  readonly tracks: string[];
  readonly sessions: string[];
  readonly items: string[];
  readonly zone: string;
}

/** `YYYY-MM-DD` plus whole days. */
const plusDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A start and an end three days later (any time of day 08-18, any offset): after the start
 * whatever the offsets (at most 28 hours apart) and well within the 14 days parseProgram
 * allows, which rejects an item that ends at or before it starts, or more than 14 days later.
 */
const startAndEndArb = fc
  .tuple(dateTimeArb, dateTimeArb)
  .map(([start, other]) => ({ start, end: `${plusDays(start.slice(0, 10), 3)}${other.slice(10)}` }));

/** One of the ids, or no field at all when there are none. */
export const optionalRef = (ids: readonly string[]) =>
  ids.length === 0 ? fc.constant(undefined) : fc.option(fc.constantFrom(...ids), { nil: undefined });

export const authorsArb = (people: readonly string[]) =>
  fc
    .subarray([...people])
    .chain((persons) =>
      fc.tuple(
        ...persons.map((person) =>
          fc
            .record(
              { presenting: fc.boolean(), affiliations: fc.array(lineArb, { maxLength: 2 }) },
              { requiredKeys: [] },
            )
            .map((author) => ({ person, ...author })),
        ),
      ),
    );

export const itemArb = (id: string, ids: Ids) =>
  fc
    .record(
      {
        kind: fc.constantFrom(...itemKinds),
        title: lineArb,
        subtitle: lineArb,
        abstract: richTextArb,
        speakers: fc.subarray(ids.people),
        authors: authorsArb(ids.people),
        links: fc.array(linkArb, { maxLength: 2 }),
        // Distinct labels: a label given twice is a warning.
        tags: fc.uniqueArray(tagArb, { maxLength: 2, selector: (tag) => tag.label }),
        status: fc.constantFrom(...itemStatuses),
        presentation: fc.constantFrom(...itemPresentations),
        room: optionalRef(ids.rooms),
        track: optionalRef(ids.tracks),
        timing: fc.oneof(
          startAndEndArb,
          fc.record({ start: dateTimeArb, duration: durationArb }),
          fc.record({ duration: durationArb }, { requiredKeys: [] }),
        ),
        plenary: fc.boolean(),
        board: lineArb,
        note: richTextArb,
        extra: extraArb,
        wanted: fc.subarray([...announceableItemFields]),
      },
      { requiredKeys: ["kind", "timing", "wanted", "room", "track"] },
    )
    .map(({ timing, wanted, room, track, ...fields }) => {
      const item: Record<string, unknown> = { id, ...fields, ...timing };
      if (room !== undefined) item.room = room;
      if (track !== undefined) item.track = track;
      return announce(item, wanted, (field) =>
        field === "speakers"
          ? ((item.speakers as string[] | undefined)?.length ?? 0) > 0
          : item[field === "time" ? "start" : field] !== undefined,
      );
    });

export const sessionArb = (id: string, ids: Ids) =>
  fc
    .record(
      {
        title: lineArb,
        chairs: fc.subarray(ids.people),
        room: optionalRef(ids.rooms),
        track: optionalRef(ids.tracks),
        bounds: fc.oneof(fc.constant({}), fc.record({ start: dateTimeArb }), startAndEndArb),
        description: richTextArb,
        extra: extraArb,
      },
      { requiredKeys: ["title", "bounds", "room", "track"] },
    )
    .map(({ bounds, room, track, ...fields }) => {
      const session: Record<string, unknown> = { id, ...fields, ...bounds };
      if (room !== undefined) session.room = room;
      if (track !== undefined) session.track = track;
      return session;
    });

export const eventArb = (ids: Ids) =>
  fc
    .record(
      {
        title: lineArb,
        acronym: lineArb,
        subtitle: lineArb,
        kind: fc.constantFrom(...eventKinds),
        description: richTextArb,
        hostConference: fc.record({ name: lineArb, url: urlArb }, { requiredKeys: ["name"] }),
        dates: fc.tuple(dateArb, dateArb, fc.boolean()),
        timeZoneLabel: lineArb,
        venue: fc.record(
          { name: lineArb, address: lineArb, city: lineArb, country: lineArb, url: urlArb },
          { requiredKeys: [] },
        ),
        organisers: fc
          .subarray(ids.people)
          .chain((people) =>
            fc.tuple(
              ...people.map((person) =>
                fc.record({ role: lineArb }, { requiredKeys: [] }).map((entry) => ({ person, ...entry })),
              ),
            ),
          ),
        invitedSpeakers: fc.subarray(ids.people),
        contactEmail: fc.emailAddress(),
        links: fc.array(linkArb, { maxLength: 2 }),
        importantDates: fc.array(
          fc.record(
            {
              label: lineArb,
              date: fc.oneof(dateArb, dateTimeArb),
              timeZone: fc.constantFrom(...zones, "Etc/GMT+12"),
              timeZoneLabel: lineArb,
              note: lineArb,
            },
            { requiredKeys: ["label", "date"] },
          ),
          { maxLength: 2 },
        ),
        callForPapers: richTextArb,
        publicationPolicy: richTextArb,
        awards: fc.array(
          fc.record(
            { name: lineArb, description: richTextArb, winners: fc.subarray(ids.items) },
            { requiredKeys: ["name"] },
          ),
          {
            maxLength: 2,
          },
        ),
        schedule: fc.record(
          {
            status: fc.constantFrom(...scheduleStatuses),
            note: richTextArb,
            defaultDurations: fc.dictionary(fc.constantFrom(...itemKinds), durationArb, { maxKeys: 3 }),
          },
          { requiredKeys: ["status"] },
        ),
        extra: extraArb,
      },
      { requiredKeys: ["title", "kind", "dates"] },
    )
    .map(({ dates: [first, second, withEnd], ...fields }) => {
      const [startDate, endDate] = first <= second ? [first, second] : [second, first];
      return { ...fields, startDate, ...(withEnd ? { endDate } : {}), timeZone: ids.zone };
    });

/**
 * Arbitrary valid programs: every id unique in its collection, every reference to an existing
 * id, an item in at most one session, no detail both given and to be announced, every time in
 * a form and at an hour that exists in the zone.
 */
export const validProgramArb = fc
  .record({
    people: fc.uniqueArray(idArb, { maxLength: 5 }),
    rooms: fc.uniqueArray(idArb, { maxLength: 3 }),
    tracks: fc.uniqueArray(idArb, { maxLength: 3 }),
    sessions: fc.uniqueArray(idArb, { maxLength: 3 }),
    items: fc.uniqueArray(idArb, { maxLength: 8 }),
    zone: fc.constantFrom(...zones),
  })
  .chain((ids: Ids) =>
    fc.record({
      event: eventArb(ids),
      people: fc.tuple(...ids.people.map(personArb)),
      rooms: fc.tuple(...ids.rooms.map(roomArb)),
      tracks: fc.tuple(...ids.tracks.map(trackArb)),
      sessions: fc.tuple(...ids.sessions.map((id) => sessionArb(id, ids))),
      items: fc.tuple(...ids.items.map((id) => itemArb(id, ids))),
      sessionOfItem: fc.array(fc.integer({ min: -1, max: ids.sessions.length - 1 }), {
        minLength: ids.items.length,
        maxLength: ids.items.length,
      }),
      header: fc.record(
        { $schema: fc.constant("../schema/program.schema.json"), version: fc.constant(1), extra: extraArb },
        { requiredKeys: [] },
      ),
      omitEmpty: fc.boolean(),
    }),
  )
  .map(({ event, people, rooms, tracks, sessions, items, sessionOfItem, header, omitEmpty }) => {
    const defaults = (event.schedule?.defaultDurations ?? {}) as Record<string, number>;
    const withItems = sessions.map((session, sessionIndex) => {
      const members = items.filter((_, itemIndex) => sessionOfItem[itemIndex] === sessionIndex);
      // An item without a start in a session with a start follows the one before it, and
      // needs a length.
      if (session.start !== undefined) {
        for (const item of members) {
          if (item.start === undefined && item.duration === undefined && defaults[item.kind as string] === undefined)
            item.duration = 30;
        }
      }
      return { ...session, items: members.map((item) => item.id) };
    });
    const program: Record<string, unknown> = { ...header, event };
    const collections = { people, rooms, tracks, sessions: withItems } as Record<string, unknown[]>;
    for (const [name, list] of Object.entries(collections)) {
      if (list.length > 0 || !omitEmpty) program[name] = list;
    }
    program.items = items;
    return program;
  });

// ---------------------------------------------------------------------------------------------
