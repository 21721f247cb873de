import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validProgram } from "../../test/valid-program.js";
import { createItemMatcher, type FilterableEntry, type ItemFilter } from "./filter-items.js";
import { resolveSchedule } from "./resolve-schedule.js";

// ---------------------------------------------------------------------------------------------
// A small program with accents, rooms, tracks, a session that gives its room and track, an
// untitled break, and an item with no time.

const program = validProgram({
  people: [
    { id: "rene", name: "René Vidal" },
    { id: "ana", name: "Ana Núñez" },
    { id: "zoe", name: "ZOË Çelik" },
    { id: "mystery", tba: ["name"] },
  ],
  rooms: [
    { id: "a", name: "Room A" },
    { id: "b", name: "Room B" },
  ],
  tracks: [
    { id: "theory", name: "Theory" },
    { id: "practice", name: "Practice" },
  ],
  sessions: [
    { id: "s1", title: "Afternoon orals", room: "b", track: "practice", start: "2026-06-01T14:00", items: ["s-talk"] },
  ],
  items: [
    {
      id: "k1",
      kind: "keynote",
      title: "Keynote on Geometry",
      speakers: ["rene"],
      room: "a",
      track: "theory",
      start: "2026-06-01T09:00",
      end: "2026-06-01T10:00",
    },
    {
      id: "t1",
      kind: "contributed-talk",
      title: "Deep Learning Theory",
      authors: [{ person: "ana", presenting: true }, { person: "zoe" }],
      room: "a",
      track: "theory",
      start: "2026-06-01T10:00",
      duration: 20,
    },
    {
      id: "t2",
      kind: "contributed-talk",
      title: "Café Économique",
      subtitle: "A Subtitle Word",
      room: "b",
      track: "practice",
      start: "2026-06-01T10:00",
      duration: 20,
    },
    { id: "s-talk", kind: "contributed-talk", title: "Session talk", speakers: ["mystery"], duration: 20 },
    {
      id: "p1",
      kind: "poster",
      title: "Poster on Geometry",
      authors: [{ person: "zoe" }],
      start: "2026-06-01T11:00",
      duration: 60,
    },
    { id: "lunch", kind: "lunch", start: "2026-06-01T12:00", end: "2026-06-01T13:00" },
    { id: "later", kind: "invited-talk", title: "To be scheduled", speakers: ["ana"] },
  ],
});

const schedule = resolveSchedule(program);
/** Timed and untimed entries alike: both are FilterableEntry. */
const entries: readonly FilterableEntry[] = [...schedule.items, ...schedule.untimed];
const allIds = ["k1", "t1", "t2", "s-talk", "p1", "lunch", "later"];

/** The ids (in program order) of the entries a filter keeps. */
function idsMatching(filter: ItemFilter): string[] {
  const matches = createItemMatcher(program, filter);
  const order = new Map(program.items.map((item, index) => [item.id, index]));
  return entries
    .filter(matches)
    .map((entry) => entry.id)
    .sort((x, y) => order.get(x)! - order.get(y)!);
}

// ---------------------------------------------------------------------------------------------
describe("createItemMatcher", () => {
  it("sees every item of the test program, timed and untimed", () => {
    expect(schedule.untimed.map((entry) => entry.id)).toEqual(["later"]);
    expect(idsMatching({})).toEqual(allIds);
  });

  describe("empty filters match everything", () => {
    it.each<{ name: string; filter: ItemFilter }>([
      { name: "no fields", filter: {} },
      { name: "empty lists", filter: { kinds: [], tracks: [], rooms: [] } },
      { name: "empty query", filter: { query: "" } },
      { name: "a query of spaces", filter: { query: "   \t \n " } },
      { name: "everything empty", filter: { kinds: [], tracks: [], rooms: [], query: " " } },
      {
        name: "undefined fields",
        filter: { kinds: undefined, tracks: undefined, rooms: undefined, query: undefined, onlyIds: undefined },
      },
    ])("$name", ({ filter }) => {
      expect(idsMatching(filter)).toEqual(allIds);
    });
  });

  describe("kinds", () => {
    it.each([
      { kinds: ["contributed-talk"] as const, ids: ["t1", "t2", "s-talk"] },
      { kinds: ["keynote", "poster"] as const, ids: ["k1", "p1"] },
      { kinds: ["lunch"] as const, ids: ["lunch"] },
      { kinds: ["invited-talk"] as const, ids: ["later"] },
      { kinds: ["panel"] as const, ids: [] },
    ])("$kinds", ({ kinds, ids }) => {
      expect(idsMatching({ kinds })).toEqual(ids);
    });
  });

  describe("tracks", () => {
    it.each([
      { tracks: ["theory"], ids: ["k1", "t1"] },
      // s-talk has no track of its own: it is in session s1, of track practice.
      { tracks: ["practice"], ids: ["t2", "s-talk"] },
      { tracks: ["theory", "practice"], ids: ["k1", "t1", "t2", "s-talk"] },
      { tracks: ["unknown"], ids: [] },
    ])("$tracks", ({ tracks, ids }) => {
      expect(idsMatching({ tracks })).toEqual(ids);
    });

    it("leaves out items with no track once a track is chosen", () => {
      expect(idsMatching({ tracks: ["theory", "practice"] })).not.toContain("p1");
      expect(idsMatching({ tracks: ["theory", "practice"] })).not.toContain("lunch");
    });
  });

  describe("rooms", () => {
    it.each([
      { rooms: ["a"], ids: ["k1", "t1"] },
      // s-talk is in room b through its session.
      { rooms: ["b"], ids: ["t2", "s-talk"] },
      { rooms: ["a", "b"], ids: ["k1", "t1", "t2", "s-talk"] },
      { rooms: ["nowhere"], ids: [] },
    ])("$rooms", ({ rooms, ids }) => {
      expect(idsMatching({ rooms })).toEqual(ids);
    });
  });

  describe("onlyIds (favourites)", () => {
    it("keeps only the given ids", () => {
      expect(idsMatching({ onlyIds: new Set(["k1", "p1"]) })).toEqual(["k1", "p1"]);
    });

    it("works for an untimed item", () => {
      expect(idsMatching({ onlyIds: new Set(["later"]) })).toEqual(["later"]);
    });

    it("ignores ids that are not in the program", () => {
      expect(idsMatching({ onlyIds: new Set(["t2", "no-such-item"]) })).toEqual(["t2"]);
    });

    it("keeps nothing for an empty set (favourites only, and no favourites yet)", () => {
      expect(idsMatching({ onlyIds: new Set() })).toEqual([]);
    });
  });

  describe("query", () => {
    it.each([
      // Titles
      { query: "geometry", ids: ["k1", "p1"] },
      { query: "GEOMETRY", ids: ["k1", "p1"] },
      { query: "geom", ids: ["k1", "p1"] },
      { query: "deep learning", ids: ["t1"] },
      // Accents, either way round
      { query: "cafe economique", ids: ["t2"] },
      { query: "CAFÉ", ids: ["t2"] },
      { query: "économique", ids: ["t2"] },
      // The subtitle is searched too
      { query: "subtitle", ids: ["t2"] },
      // Speakers
      { query: "rene", ids: ["k1"] },
      { query: "René", ids: ["k1"] },
      { query: "RENÉ VIDAL", ids: ["k1"] },
      { query: "vidal", ids: ["k1"] },
      // Authors (and a speaker of an untimed item)
      { query: "nunez", ids: ["t1", "later"] },
      { query: "Núñez", ids: ["t1", "later"] },
      { query: "zoe", ids: ["t1", "p1"] },
      { query: "celik", ids: ["t1", "p1"] },
      { query: "ÇELIK", ids: ["t1", "p1"] },
      // All words must match, in any field and any order
      { query: "geometry keynote", ids: ["k1"] },
      { query: "keynote geometry", ids: ["k1"] },
      { query: "geometry rene", ids: ["k1"] },
      { query: "geometry zoe", ids: ["p1"] },
      { query: "geometry nunez", ids: [] },
      { query: "nunez celik", ids: ["t1"] },
      { query: "  geometry \t  rene \n", ids: ["k1"] },
      // Nothing found
      { query: "xyzzy", ids: [] },
      { query: "geometry xyzzy", ids: [] },
    ])("$query", ({ query, ids }) => {
      expect(idsMatching({ query })).toEqual(ids);
    });

    it("does not find a person's id, only their name", () => {
      expect(idsMatching({ query: "mystery" })).toEqual([]);
    });

    it("never finds an untitled break by text (it has none to search)", () => {
      expect(idsMatching({ query: "undefined" })).toEqual([]);
    });
  });

  describe("combinations (every part must hold)", () => {
    it.each<{ name: string; filter: ItemFilter; ids: string[] }>([
      { name: "kind and room", filter: { kinds: ["contributed-talk"], rooms: ["b"] }, ids: ["t2", "s-talk"] },
      {
        name: "kind, room and query",
        filter: { kinds: ["contributed-talk"], rooms: ["b"], query: "cafe" },
        ids: ["t2"],
      },
      {
        name: "kind and track",
        filter: { kinds: ["keynote", "contributed-talk"], tracks: ["theory"] },
        ids: ["k1", "t1"],
      },
      { name: "room and track that never meet", filter: { rooms: ["a"], tracks: ["practice"] }, ids: [] },
      { name: "kind that does not match the query", filter: { kinds: ["poster"], query: "rene" }, ids: [] },
      {
        name: "favourites and query",
        filter: { onlyIds: new Set(["k1", "t1", "p1"]), query: "geometry" },
        ids: ["k1", "p1"],
      },
      {
        name: "favourites and kind",
        filter: { onlyIds: new Set(["k1", "t1"]), kinds: ["contributed-talk"] },
        ids: ["t1"],
      },
      { name: "favourites outside the room", filter: { onlyIds: new Set(["k1"]), rooms: ["b"] }, ids: [] },
      {
        name: "everything at once",
        filter: {
          kinds: ["contributed-talk"],
          tracks: ["theory"],
          rooms: ["a"],
          onlyIds: new Set(["t1"]),
          query: "ana deep",
        },
        ids: ["t1"],
      },
      { name: "empty lists beside a real filter", filter: { kinds: [], rooms: ["a"], query: "" }, ids: ["k1", "t1"] },
    ])("$name", ({ filter, ids }) => {
      expect(idsMatching(filter)).toEqual(ids);
    });

    it("is the conjunction of its parts, for any filter", () => {
      const filters = fc.record(
        {
          kinds: fc.subarray(["keynote", "contributed-talk", "poster", "lunch", "invited-talk"] as const),
          tracks: fc.subarray(["theory", "practice"]),
          rooms: fc.subarray(["a", "b"]),
          onlyIds: fc.subarray(allIds).map((ids) => new Set(ids)),
          query: fc.constantFrom("", "geometry", "rene", "zoe cafe", "nunez", "ÉCONOMIQUE", "talk"),
        },
        { requiredKeys: [] },
      );
      fc.assert(
        fc.property(filters, (filter) => {
          const parts: ItemFilter[] = [
            { kinds: filter.kinds },
            { tracks: filter.tracks },
            { rooms: filter.rooms },
            { onlyIds: filter.onlyIds },
            { query: filter.query },
          ];
          const together = new Set(idsMatching(filter));
          const apart = allIds.filter((id) => parts.every((part) => idsMatching(part).includes(id)));
          expect([...together].sort()).toEqual([...apart].sort());
        }),
        { numRuns: 300 },
      );
    });
  });

  it("gives the same answers when asked again (the search text is cached per item)", () => {
    const matches = createItemMatcher(program, { query: "geometry" });
    const first = entries.filter(matches).map((entry) => entry.id);
    const second = entries.filter(matches).map((entry) => entry.id);
    expect(second).toEqual(first);
  });
});
