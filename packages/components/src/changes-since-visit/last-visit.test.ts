import { describe, expect, it } from "vitest";
// DeLTa 2026 as published later: talk-chen moved, talk-doucet cancelled, talk-vidal retitled, lunch gone.
import { deltaLaterVersion as laterVersion } from "../testing/delta-versions.js";
import { deltaProgram } from "../testing/fixtures.js";
import {
  changedSinceLastVisit,
  compareSeen,
  factsOf,
  lastSeenKey,
  readLastSeen,
  seenAfterVisit,
  writeLastSeen,
} from "./last-visit.js";

/** A Storage kept in a Map: what one browser profile keeps between two visits. */
function memoryStorage(): Storage {
  const values = new Map<string, string>();
  return {
    get length() {
      return values.size;
    },
    clear: () => values.clear(),
    getItem: (key) => values.get(key) ?? null,
    key: (index) => [...values.keys()][index] ?? null,
    removeItem: (key) => void values.delete(key),
    setItem: (key, value) => void values.set(key, value),
  };
}

/** A private window's storage: every call throws. */
const throwingStorage = new Proxy({} as Storage, {
  get: () => () => {
    throw new DOMException("The operation is insecure.", "SecurityError");
  },
});

const favourites = ["talk-chen", "talk-doucet", "talk-vidal", "lunch", "talk-nitanda"];

describe("last visit: two loads", () => {
  it("lists, on the second visit, the favourites that changed, with what they were", () => {
    const storage = memoryStorage();
    // First visit: nothing seen yet, so nothing flagged; the facts are saved.
    const first = factsOf(deltaProgram);
    expect(changedSinceLastVisit(favourites, readLastSeen(storage, deltaProgram)!, first)).toEqual([]);
    writeLastSeen(storage, deltaProgram, seenAfterVisit(favourites, new Map(), first));

    const later = laterVersion();
    const changed = changedSinceLastVisit(favourites, readLastSeen(storage, later)!, factsOf(later));
    expect(changed.map((entry) => [entry.id, entry.changes])).toEqual([
      ["talk-chen", ["moved"]],
      ["talk-doucet", ["cancelled"]],
      ["talk-vidal", ["retitled"]],
      ["lunch", ["removed"]],
    ]);
    // The old start, 09:40 in São Paulo, is kept as an instant.
    expect(changed[0]!.seen.s).toBe(Date.parse("2026-04-27T09:40:00-03:00"));
    expect(changed[3]!.seen.t).toBe("Lunch");
  });

  it("keeps listing a change across reloads until it is marked seen", () => {
    const storage = memoryStorage();
    writeLastSeen(storage, deltaProgram, seenAfterVisit(favourites, new Map(), factsOf(deltaProgram)));
    const later = laterVersion();
    const seen = readLastSeen(storage, later)!;
    writeLastSeen(storage, later, seenAfterVisit(favourites, seen, factsOf(later)));
    expect(changedSinceLastVisit(favourites, readLastSeen(storage, later)!, factsOf(later))).toHaveLength(4);
    // Marked seen: the current facts are saved.
    writeLastSeen(storage, later, seenAfterVisit(favourites, new Map(), factsOf(later)));
    expect(changedSinceLastVisit(favourites, readLastSeen(storage, later)!, factsOf(later))).toEqual([]);
  });

  it("neither throws nor reads anything when storage throws (private mode), which it tells from nothing stored", () => {
    expect(() => writeLastSeen(throwingStorage, deltaProgram, new Map([["x", { t: "X" }]]))).not.toThrow();
    expect(readLastSeen(throwingStorage, deltaProgram)).toBeUndefined();
    expect(readLastSeen(undefined, deltaProgram)).toBeUndefined();
    expect(readLastSeen(memoryStorage(), deltaProgram)).toEqual(new Map());
  });

  it("reads garbage in storage as nothing seen", () => {
    const storage = memoryStorage();
    for (const garbage of ["{", "[1,2]", "null", '{"a":3,"b":{"t":"Kept"}}']) {
      storage.setItem(lastSeenKey(deltaProgram), garbage);
      expect([...readLastSeen(storage, deltaProgram)!.keys()]).toEqual(garbage.includes("Kept") ? ["b"] : []);
    }
  });
});

describe("compareSeen", () => {
  const seen = { t: "A", s: 0, e: 10, r: "r1" };
  it.each([
    [{ t: "A", s: 0, e: 10, r: "r1" }, []],
    [{ t: "A", s: 5, e: 10, r: "r1" }, ["moved"]],
    [{ t: "A", s: 0, e: 10, r: "r2" }, ["moved"]],
    [{ t: "A", s: 0, e: 10, r: "r1", c: 1 as const }, ["cancelled"]],
    [{ t: "B", s: 0, e: 10, r: "r1" }, ["retitled"]],
    [{ t: "B", r: "r1", c: 1 as const }, ["cancelled", "moved", "retitled"]],
    [undefined, ["removed"]],
  ])("%j → %j", (now, changes) => {
    expect(compareSeen(seen, now)).toEqual(changes);
  });
});
