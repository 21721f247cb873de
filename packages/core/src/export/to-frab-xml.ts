import type { Program } from "../model/program.js";
import { problemAt, type PathSegment, type ProgramProblem } from "../parse/problem.js";
import { resolveLocalTime, toIsoInZone } from "../time/zoned-time.js";
import { toC3voc } from "./to-c3voc.js";
import { describeCodePoint, escapeXml } from "./xml-characters.js";

// frab's newer slug type: a word of 4+ characters, a hyphen, then 4+ more.
const vocSlug = /^[a-z0-9_]{4,}-[a-z0-9\-_]{4,}$/;

/** A day of the c3voc document, as toC3voc writes it. */
interface WrittenDay {
  readonly index: number;
  readonly date: string;
  readonly day_start: string;
  readonly day_end: string;
  readonly rooms: Record<string, WrittenEvent[]>;
}

/**
 * The event's first day with no rooms: the XSD wants one day at least, and a program whose
 * items have no times yet (a call for papers just closed) would otherwise be written invalid.
 * It starts at the first local hour that exists (midnight can fall in a DST gap).
 */
function emptyDay(program: Program): WrittenDay {
  const { startDate, timeZone } = program.event;
  const [year, month, day] = startDate.split("-").map(Number) as [number, number, number];
  let startMs = Date.UTC(year, month - 1, day);
  for (let hour = 0; hour < 24; hour += 1) {
    const start = resolveLocalTime({ year, month, day, hour, minute: 0, second: 0 }, timeZone);
    if (start.kind !== "gap") {
      startMs = start.epochMs;
      break;
    }
  }
  const day_start = toIsoInZone(startMs, timeZone);
  const day_end = toIsoInZone(startMs + 86_400_000 - 1000, timeZone);
  return { index: 1, date: startDate, day_start, day_end, rooms: {} };
}

interface WrittenEvent {
  guid: string;
  id: number;
  date: string;
  start: string;
  duration: string;
  room: string;
  slug: string;
  url: string;
  title: string;
  subtitle: string | null;
  track: string | null;
  type: string;
  language: string | null;
  abstract: string | null;
  persons: { name: string; guid: string }[];
  links: { url: string; title?: string; type: string }[];
}

// The XSD's duration: hours in one or two digits. c3voc's JSON schema takes any number of hours.
const frabDuration = /^\d{1,2}:\d{2}$/;

/**
 * Writes a program as a frab `schedule.xml` (what frab, pretalx and FOSDEM publish; read by
 * Giggity, ConfClerk, EventFahrplan and info-beamer), valid against the official XSD. It is
 * written from the same document as `toC3voc`, so both formats carry the same guids, ids
 * and slugs, and it returns the same warnings. Characters XML 1.0 forbids (control
 * characters, U+FFFE, U+FFFF, lone surrogates) are left out, with a warning at the place in
 * the written file (`schedule.day[0].room[1].event[2].title`), so the file always parses.
 *
 * An event of 100 hours or more is left out with a warning: the XSD's duration has two digits
 * of hours. `errors` is non-empty when no item has a time (the XSD requires a day), or when
 * every timed one is that long: do not write the file.
 */
export function toFrabXml(program: Program): {
  xml: string;
  warnings: readonly ProgramProblem[];
  errors: readonly ProgramProblem[];
} {
  const { document, warnings: programWarnings, errors } = toC3voc(program);
  const warnings = [...programWarnings];
  let where: PathSegment[] = ["schedule"];
  const escape = (text: string, field: string) => {
    const escaped = escapeXml(text);
    if (escaped.dropped.length > 0) {
      const names = [...new Set(escaped.dropped.map(describeCodePoint))].join(", ");
      warnings.push(
        problemAt(
          [...where, field],
          `${escaped.dropped.length} character(s) XML 1.0 does not allow (${names}) left out`,
        ),
      );
    }
    return escaped.text;
  };
  const element = (name: string, value: string | number | null | undefined, indent: string) =>
    value === undefined || value === null ? "" : `${indent}<${name}>${escape(String(value), name)}</${name}>\n`;
  // The c3voc document was built just above from a valid program; read it loosely here.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const schedule = document.schedule as Record<string, any>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const conference = schedule.conference as Record<string, any>;
  let xml = '<?xml version="1.0" encoding="UTF-8"?>\n<schedule>\n  <generator name="lectern"/>\n';
  xml += element("version", schedule.version, "  ");
  xml += "  <conference>\n";
  where = ["schedule", "conference"];
  for (const field of ["title", "acronym", "start", "end"]) xml += element(field, conference[field], "    ");
  xml += element("days", conference.daysCount, "    ");
  xml += element("timeslot_duration", conference.timeslot_duration, "    ");
  if (typeof schedule.base_url === "string" && /^https?:\/\//.test(schedule.base_url))
    xml += element("base_url", schedule.base_url, "    ");
  xml += element("time_zone_name", conference.time_zone_name, "    ");
  (conference.tracks as { name: string; color?: string }[]).forEach((track, trackIndex) => {
    where = ["schedule", "conference", "track", trackIndex];
    xml += `    <track name="${escape(track.name, "name")}"${track.color ? ` color="${escape(track.color, "color")}"` : ""}/>\n`;
  });
  xml += "  </conference>\n";
  const roomGuids = new Map(
    (conference.rooms as { name: string; guid: string }[]).map((room) => [room.name, room.guid]),
  );
  const days = conference.days as WrittenDay[];
  if (days.length === 0)
    warnings.push(problemAt(["items"], "no item has a time: one empty day written, as schedule.xml needs a day"));
  let written = 0;
  (days.length > 0 ? days : [emptyDay(program)]).forEach((day, dayIndex) => {
    xml += `  <day index="${day.index}" date="${day.date}" start="${day.day_start}" end="${day.day_end}">\n`;
    Object.entries(day.rooms).forEach(([roomName, events], roomIndex) => {
      where = ["schedule", "day", dayIndex, "room", roomIndex];
      xml += `    <room name="${escape(roomName, "name")}" guid="${roomGuids.get(roomName)}">\n`;
      events.forEach((event, eventIndex) => {
        where = ["schedule", "day", dayIndex, "room", roomIndex, "event", eventIndex];
        if (!frabDuration.test(event.duration)) {
          warnings.push(
            problemAt(
              where,
              `"${event.title}" lasts ${event.duration} (hours:minutes), longer than schedule.xml's duration can say (99:59 at most); left out of this file`,
            ),
          );
          return;
        }
        written += 1;
        const indent = "        ";
        xml += `      <event id="${event.id}" guid="${event.guid}">\n`;
        xml += element("date", event.date, indent);
        xml += element("start", event.start, indent);
        xml += element("duration", event.duration, indent);
        xml += element("room", event.room, indent);
        if (vocSlug.test(event.slug)) xml += element("slug", event.slug, indent);
        if (/^https?:\/\//.test(event.url)) xml += element("url", event.url, indent);
        xml += element("title", event.title, indent);
        xml += element("subtitle", event.subtitle ?? "", indent);
        xml += element("track", event.track ?? "", indent);
        xml += element("type", event.type, indent);
        xml += element("language", event.language, indent);
        xml += element("abstract", event.abstract ?? "", indent);
        xml += `${indent}<persons>\n${event.persons.map((person) => `${indent}  <person guid="${person.guid}">${escape(person.name, "person")}</person>\n`).join("")}${indent}</persons>\n`;
        xml += `${indent}<links>\n${event.links.map((link) => `${indent}  <link href="${escape(link.url, "link")}" type="${escape(link.type, "link")}">${escape(link.title ?? link.url, "link")}</link>\n`).join("")}${indent}</links>\n`;
        xml += "      </event>\n";
      });
      xml += "    </room>\n";
    });
    xml += "  </day>\n";
  });
  xml += "</schedule>\n";
  if (days.length > 0 && written === 0)
    return {
      xml,
      warnings,
      errors: [...errors, problemAt(["items"], "every timed item is too long for schedule.xml: nothing to write")],
    };
  return { xml, warnings, errors };
}
