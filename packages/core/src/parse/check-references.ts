import type { Id } from "../model/id.js";
import type { Program } from "../model/program.js";
import { readDateText, readDateTimeText } from "../time/date-time-text.js";
import { resolveLocalTime } from "../time/zoned-time.js";
import { checkSchedulingReferences } from "./check-scheduling-references.js";
import { problemAt, type PathSegment, type ProgramProblem } from "./problem.js";
import { repeatsIn } from "./repeats-in.js";

type Collection = "people" | "rooms" | "tracks" | "sessions" | "items";

const collectionNoun: Record<Collection, string> = {
  people: "person",
  rooms: "room",
  tracks: "track",
  sessions: "session",
  items: "item",
};

/**
 * The checks a schema cannot express: ids unique per collection, every reference pointing at
 * something that exists, an item in at most one session, "to be announced" details not also
 * given, dates in order.
 */
export function checkReferences(program: Program): { errors: ProgramProblem[]; warnings: ProgramProblem[] } {
  const errors: ProgramProblem[] = [];
  const warnings: ProgramProblem[] = [];
  // Each collection's ids, with the index of the entry that has it first.
  const ids = new Map<Collection, ReadonlyMap<Id, number>>();

  for (const collection of ["people", "rooms", "tracks", "sessions", "items"] as const) {
    const seen = new Map<Id, number>();
    program[collection]?.forEach((entry, index) => {
      const first = seen.get(entry.id);
      if (first === undefined) seen.set(entry.id, index);
      else
        errors.push(
          problemAt([collection, index, "id"], `duplicate id "${entry.id}"; ${collection}[${first}] has it already`),
        );
    });
    ids.set(collection, seen);
  }

  // Paths are built only for a missing reference: a large program has tens of thousands of
  // valid ones.
  const expect = (collection: Collection, id: Id, path: () => readonly PathSegment[]) => {
    if (ids.get(collection)?.has(id)) return;
    const noun = collectionNoun[collection];
    errors.push(problemAt(path(), `no ${noun} has the id "${id}"; add it to ${collection}, or fix the id`));
  };

  program.event.organisers?.forEach((organiser, index) =>
    expect("people", organiser.person, () => ["event", "organisers", index, "person"]),
  );
  program.event.invitedSpeakers?.forEach((speaker, index) =>
    expect("people", speaker, () => ["event", "invitedSpeakers", index]),
  );
  program.event.awards?.forEach((award, awardIndex) =>
    award.winners?.forEach((winner, index) =>
      expect("items", winner, () => ["event", "awards", awardIndex, "winners", index]),
    ),
  );
  if (program.event.endDate !== undefined && program.event.endDate < program.event.startDate) {
    errors.push(problemAt(["event", "endDate"], `is before startDate (${program.event.startDate})`));
  }
  program.event.importantDates?.forEach((entry, index) => {
    if (!entry.date.includes("T")) return;
    const read = readDateTimeText(entry.date);
    if (read.form !== "local") return;
    const zone = entry.timeZone ?? program.event.timeZone;
    if (resolveLocalTime(read.local, zone).kind === "gap") {
      errors.push(
        problemAt(
          ["event", "importantDates", index, "date"],
          `${JSON.stringify(entry.date)} does not exist in ${zone} (clocks jump forward then)`,
        ),
      );
    }
  });
  if (!readDateText(program.event.startDate).ok) return { errors, warnings };

  const series = program.series;
  if (series) {
    const path = ["series"];
    if ((series.frequency === "weekly" || series.frequency === "every-n-weeks") && (!series.from || !series.until)) {
      errors.push(
        problemAt(path, `a ${series.frequency} series needs "from" and "until" (its first and last possible dates)`),
      );
    }
    if (series.frequency === "every-n-weeks" && series.intervalWeeks === undefined)
      errors.push(problemAt([...path, "intervalWeeks"], "is required for every-n-weeks"));
    if (series.frequency === "dates" && !series.dates?.length)
      errors.push(problemAt([...path, "dates"], "is required for a series that meets on listed dates"));
    if (series.from && series.until && series.until < series.from)
      errors.push(problemAt([...path, "until"], `is before from (${series.from})`));
    if (series.room !== undefined) expect("rooms", series.room, () => [...path, "room"]);
    series.changes?.forEach((change, index) => {
      if (change.room !== undefined) expect("rooms", change.room, () => [...path, "changes", index, "room"]);
    });
    checkTerms(series.terms ?? [], errors);
  }

  program.people?.forEach((person, index) => {
    if (person.name === undefined && !person.tba?.includes("name")) {
      errors.push(
        problemAt(["people", index, "name"], 'is required (text); if the name is not known yet, list "name" in tba'),
      );
    }
    // A set only for the few people with fields to be announced (a field listed twice is one).
    if (person.tba === undefined) return;
    for (const field of new Set(person.tba)) {
      if (person[field] !== undefined) {
        errors.push(problemAt(["people", index, field], `is given but also listed in tba; remove one of them`));
      }
    }
  });

  const sessionOf = new Map<Id, number>();
  program.sessions?.forEach((session, sessionIndex) => {
    const path: PathSegment[] = ["sessions", sessionIndex];
    session.chairs?.forEach((chair, index) => expect("people", chair, () => [...path, "chairs", index]));
    if (session.room !== undefined) expect("rooms", session.room, () => [...path, "room"]);
    if (session.track !== undefined) expect("tracks", session.track, () => [...path, "track"]);
    session.items.forEach((itemId, index) => {
      const itemPath = () => [...path, "items", index];
      expect("items", itemId, itemPath);
      const earlier = sessionOf.get(itemId);
      if (earlier === undefined) sessionOf.set(itemId, sessionIndex);
      else if (earlier === sessionIndex)
        errors.push(problemAt(itemPath(), `item "${itemId}" is listed twice in this session`));
      else
        errors.push(
          problemAt(itemPath(), `item "${itemId}" is already in sessions[${earlier}]; an item belongs to one session`),
        );
    });
  });

  // The items' people are most of a large program's references (2,000 papers, 8,000 authors):
  // looked up here first, so that a path's closure is made only for a missing one.
  const people = ids.get("people")!;
  // Nothing is allocated for a valid item but what its checks need: this runs once, cold, on
  // every page that shows a program, before anything is drawn.
  program.items.forEach((item, itemIndex) => {
    const path: PathSegment[] = ["items", itemIndex];
    item.speakers?.forEach((speaker, index) => {
      if (!people.has(speaker)) expect("people", speaker, () => [...path, "speakers", index]);
    });
    if (item.speakers)
      for (const index of repeatsIn(item.speakers, (id) => id))
        errors.push(problemAt([...path, "speakers", index], `"${item.speakers[index]}" ${listedTwiceAs("a speaker")}`));
    item.authors?.forEach((author, index) => {
      if (!people.has(author.person)) expect("people", author.person, () => [...path, "authors", index, "person"]);
    });
    if (item.authors)
      for (const index of repeatsIn(item.authors, (author) => author.person))
        errors.push(
          problemAt(
            [...path, "authors", index, "person"],
            `"${item.authors[index]!.person}" ${listedTwiceAs("an author")}`,
          ),
        );
    if (item.room !== undefined) expect("rooms", item.room, () => [...path, "room"]);
    if (item.track !== undefined) expect("tracks", item.track, () => [...path, "track"]);
    for (const field of item.tba ?? []) {
      // A time to be announced contradicts a given start (its field is `start`, not `time`).
      const givenField = field === "time" ? "start" : field;
      const given = givenField === "speakers" ? (item.speakers?.length ?? 0) > 0 : item[givenField] !== undefined;
      if (given) errors.push(problemAt([...path, givenField], "is given but also listed in tba; remove one of them"));
    }
  });
  if (program.scheduling !== undefined) checkSchedulingReferences(program.scheduling, expect);

  return { errors, warnings };
}

/** Two speakers or co-authors who share a name are two people: the usual cause of a repeat. */
const listedTwiceAs = (role: string) =>
  `is listed twice as ${role}; if these are two people who share a name, give each their own entry in people (own id) and refer to each once`;

/**
 * Terms must be in order within themselves (`from` not after `until`) and must not overlap:
 * a meeting belongs to one term's heading. Each term is compared with every earlier one, so
 * the error names the pair whichever order the file lists them in.
 */
function checkTerms(terms: NonNullable<NonNullable<Program["series"]>["terms"]>, errors: ProgramProblem[]): void {
  terms.forEach((term, index) => {
    const path = ["series", "terms", index];
    if (term.until < term.from) {
      errors.push(problemAt([...path, "until"], `is before from (${term.from})`));
      return;
    }
    const overlapped = terms.findIndex(
      (other, otherIndex) =>
        otherIndex < index && other.from <= other.until && term.from <= other.until && other.from <= term.until,
    );
    if (overlapped >= 0) {
      const other = terms[overlapped]!;
      errors.push(
        problemAt(
          [...path, "from"],
          `overlaps series.terms[${overlapped}] ("${other.label}", ${other.from} to ${other.until}); terms may not share a day`,
        ),
      );
    }
  });
}
