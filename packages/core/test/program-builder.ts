/**
 * Test helpers: small programs as plain JSON data, to feed to `parseProgram` or to break on
 * purpose. Every call returns a fresh object, so a test may mutate what it gets.
 *
 * The data is typed loosely (`ProgramData`) on purpose: tests put wrong types, unknown fields
 * and broken references into it. For an already *parsed* program, see `valid-program.ts`.
 */

/**
 * A program as plain JSON data. Typed loosely (`any`) on purpose, so a test can break any part
 * of it: `program.items[0].start = "25:00"`, `program.items = {}`, `delete program.event.title`.
 */
export interface ProgramData {
  event: Record<string, any>;
  items: any;
  [field: string]: any;
}

/**
 * The smallest valid program: an event (a workshop on 2026-06-15 in Europe/Berlin, far from
 * any DST change) and no items. `parseProgram` accepts it with no warnings.
 */
export function minimalProgram(): ProgramData {
  return {
    event: { title: "Test Workshop", kind: "workshop", startDate: "2026-06-15", timeZone: "Europe/Berlin" },
    items: [],
  };
}

/**
 * A small valid program (Europe/Berlin, 2026-06-15) that uses every kind of reference once, so
 * a test can break exactly one. `parseProgram` accepts it with no warnings. Its layout:
 *
 * - people: `[0]` "ada", `[1]` "ben", `[2]` "cho"
 * - rooms: `[0]` "hall"; tracks: `[0]` "theory"
 * - event: organisers `[0].person` "ada"; invitedSpeakers `["ben"]`; awards `[0].winners` `["talk-ben"]`
 * - sessions: `[0]` "orals" (chairs `["cho"]`, room "hall", track "theory", start 10:00,
 *   items `["talk-ben", "talk-cho"]`, which follow one another from its start)
 * - items: `[0]` "opening" (09:00-09:15, speakers `["ada"]`), `[1]` "talk-ben" (30 minutes,
 *   speakers `["ben"]`, room "hall", track "theory"), `[2]` "talk-cho" (30 minutes, authors
 *   "cho" (presenting) and "ada")
 */
export function sampleProgram(): ProgramData {
  return {
    version: 1,
    event: {
      title: "Test Workshop",
      kind: "workshop",
      startDate: "2026-06-15",
      timeZone: "Europe/Berlin",
      organisers: [{ person: "ada", role: "General chair" }],
      invitedSpeakers: ["ben"],
      awards: [{ name: "Best talk", winners: ["talk-ben"] }],
    },
    people: [
      { id: "ada", name: "Ada Lovelace" },
      { id: "ben", name: "Ben Franklin", affiliations: ["UPenn"] },
      { id: "cho", name: "Cho Chang" },
    ],
    rooms: [{ id: "hall", name: "Main hall" }],
    tracks: [{ id: "theory", name: "Theory", color: "#336699" }],
    sessions: [
      {
        id: "orals",
        title: "Orals",
        chairs: ["cho"],
        room: "hall",
        track: "theory",
        start: "2026-06-15T10:00",
        items: ["talk-ben", "talk-cho"],
      },
    ],
    items: [
      { id: "opening", kind: "opening-remarks", speakers: ["ada"], start: "2026-06-15T09:00", end: "2026-06-15T09:15" },
      {
        id: "talk-ben",
        kind: "invited-talk",
        title: "Kites",
        speakers: ["ben"],
        room: "hall",
        track: "theory",
        duration: 30,
      },
      {
        id: "talk-cho",
        kind: "contributed-talk",
        title: "Spells",
        authors: [{ person: "cho", presenting: true }, { person: "ada" }],
        duration: 30,
      },
    ],
  };
}
