import type { CosplibInstance } from "./cosplib-instance.js";

/**
 * A program id for each library id: kept verbatim when usable (every submission and session
 * id of the three instances is), else its runs of other characters become "-" ("Room 1" is
 * "Room-1"). Program ids end up in addresses (`#talk-<id>`, `#session-<id>`) and calendar
 * UIDs, so the model allows only letters, digits and `. _ : -`; the library's id stays the
 * entity's name. Clashes get a numbered suffix, so no two ids merge.
 */
function usableIds(ids: readonly string[]): Map<string, string> {
  const taken = new Set<string>();
  const result = new Map<string, string>();
  for (const id of ids) {
    const base = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/.test(id)
      ? id
      : id
          .replace(/[^A-Za-z0-9._:-]+/g, "-")
          .replace(/^[^A-Za-z0-9]+/, "")
          .slice(0, 120) || "id";
    let candidate = base;
    for (let n = 2; taken.has(candidate); n++) candidate = `${base}-${n}`;
    taken.add(candidate);
    result.set(id, candidate);
  }
  return result;
}

/** The kinds of things a CoSPLib instance names, as the program holds them. */
export const COSPLIB_ID_KINDS = ["room", "track", "session", "item", "person"] as const;

/** One of {@link COSPLIB_ID_KINDS}. */
export type CosplibIdKind = (typeof COSPLIB_ID_KINDS)[number];

/** The program id of every library id, by kind (library id to program id). */
export type CosplibIds = Readonly<Record<CosplibIdKind, ReadonlyMap<string, string>>>;

/** Everyone the instance names: presenters and attendees by submission, then the chairs. */
export function cosplibPeople(instance: CosplibInstance): string[] {
  const people = new Set<string>();
  for (const submission of instance.submissions)
    [...submission.presenters, ...submission.attendees].forEach((person) => people.add(person));
  instance.tracks.forEach((track) => track.chairs.forEach((person) => people.add(person)));
  return [...people];
}

/** The program ids of an instance's rooms, tracks, sessions, submissions (items) and people. */
export function cosplibIds(instance: CosplibInstance): CosplibIds {
  return {
    room: usableIds(instance.rooms),
    track: usableIds(instance.tracks.map((track) => track.id)),
    session: usableIds(instance.sessions.map((session) => session.id)),
    item: usableIds(instance.submissions.map((submission) => submission.id)),
    person: usableIds(cosplibPeople(instance)),
  };
}

/** An id the program could not keep: which kind, the library's id and the program's. */
export interface CosplibIdChange {
  readonly kind: CosplibIdKind;
  readonly from: string;
  readonly to: string;
}

/** The ids that differ from the library's, by kind in {@link COSPLIB_ID_KINDS} order. */
export function changedCosplibIds(ids: CosplibIds): CosplibIdChange[] {
  return COSPLIB_ID_KINDS.flatMap((kind) =>
    [...ids[kind]].flatMap(([from, to]) => (from === to ? [] : [{ kind, from, to }])),
  );
}
