import type { Program } from "../model/program.js";
import type { ProgramProblem } from "../parse/problem.js";
import { toC3voc } from "./to-c3voc.js";

/** XML text and attribute escaping. */
function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");
}

const element = (name: string, value: string | number | null | undefined, indent: string) =>
  value === undefined || value === null ? "" : `${indent}<${name}>${escapeXml(String(value))}</${name}>\n`;
// frab's newer slug type: a word of 4+ characters, a hyphen, then 4+ more.
const vocSlug = /^[a-z0-9_]{4,}-[a-z0-9\-_]{4,}$/;

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

/**
 * Writes a program as a frab `schedule.xml` (what frab, pretalx and FOSDEM publish; read by
 * Giggity, ConfClerk, EventFahrplan and info-beamer), valid against the official XSD. It is
 * written from the same document as `toC3voc`, so both formats carry the same guids, ids
 * and slugs, and it returns the same warnings.
 */
export function toFrabXml(program: Program): { xml: string; warnings: readonly ProgramProblem[] } {
  const { document, warnings } = toC3voc(program);
  const schedule = document.schedule as Record<string, any>;
  const conference = schedule.conference as Record<string, any>;
  let xml = '<?xml version="1.0" encoding="UTF-8"?>\n<schedule>\n  <generator name="lectern"/>\n';
  xml += element("version", schedule.version, "  ");
  xml += "  <conference>\n";
  for (const field of ["title", "acronym", "start", "end"]) xml += element(field, conference[field], "    ");
  xml += element("days", conference.daysCount, "    ");
  xml += element("timeslot_duration", conference.timeslot_duration, "    ");
  if (typeof schedule.base_url === "string" && /^https?:\/\//.test(schedule.base_url)) xml += element("base_url", schedule.base_url, "    ");
  xml += element("time_zone_name", conference.time_zone_name, "    ");
  for (const track of conference.tracks as { name: string; color?: string }[]) {
    xml += `    <track name="${escapeXml(track.name)}"${track.color ? ` color="${escapeXml(track.color)}"` : ""}/>\n`;
  }
  xml += "  </conference>\n";
  const roomGuids = new Map((conference.rooms as { name: string; guid: string }[]).map((room) => [room.name, room.guid]));
  for (const day of conference.days as { index: number; date: string; day_start: string; day_end: string; rooms: Record<string, WrittenEvent[]> }[]) {
    xml += `  <day index="${day.index}" date="${day.date}" start="${day.day_start}" end="${day.day_end}">\n`;
    for (const [roomName, events] of Object.entries(day.rooms)) {
      xml += `    <room name="${escapeXml(roomName)}" guid="${roomGuids.get(roomName)}">\n`;
      for (const event of events) {
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
        xml += `${indent}<persons>\n${event.persons.map((person) => `${indent}  <person guid="${person.guid}">${escapeXml(person.name)}</person>\n`).join("")}${indent}</persons>\n`;
        xml += `${indent}<links>\n${event.links.map((link) => `${indent}  <link href="${escapeXml(link.url)}" type="${escapeXml(link.type)}">${escapeXml(link.title ?? link.url)}</link>\n`).join("")}${indent}</links>\n`;
        xml += "      </event>\n";
      }
      xml += "    </room>\n";
    }
    xml += "  </day>\n";
  }
  xml += "</schedule>\n";
  return { xml, warnings };
}
