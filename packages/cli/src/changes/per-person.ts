import type { PersonRef, ProgramChange, ProgramDiff } from "@lectern/core";
import { changesAsText } from "./changes-report.js";

/** One person's report: the file name it is written to and its text. */
export interface PersonReport {
  readonly person: PersonRef;
  /** `<person id>.txt`, with `:` (allowed in ids, not in every file system) as `%3A`. */
  readonly fileName: string;
  readonly text: string;
}

/**
 * A plain-text report for every person on a changed item or session (speakers, authors,
 * chairs, in either version), ready to mail: a greeting, then the event's own changes and
 * that person's, old and new times in the event's zone. People with no changes get none.
 */
export function reportsPerPerson(diff: ProgramDiff): PersonReport[] {
  const eventChanges = diff.changes.filter((change) => change.subject === "event");
  const byPerson = new Map<string, { person: PersonRef; changes: ProgramChange[] }>();
  for (const change of diff.changes) {
    if (change.subject === "event") continue;
    for (const person of change.people) {
      const entry = byPerson.get(person.id) ?? { person, changes: [] };
      entry.changes.push(change);
      byPerson.set(person.id, entry);
    }
  }
  return [...byPerson.values()].map(({ person, changes }) => ({
    person,
    fileName: `${person.id.replaceAll(":", "%3A")}.txt`,
    text: `Hello ${person.name ?? person.id},\n\nthe program changed where you are on it.\n\n${changesAsText({ ...diff, changes: [...eventChanges, ...changes] })}`,
  }));
}
