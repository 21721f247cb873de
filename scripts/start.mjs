// `npm start`: until the docs site exists (issue 4), shows the example programs as
// @lectern/core resolves them: each day, each item with its time in the event's zone and in
// UTC, and any untimed (tentative) items in their order.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describeEventZone, describeProblem, formatDayHeading, formatTimeRange, parseProgramJson, resolveSchedule } from "@lectern/core";

const examplesDir = fileURLToPath(new URL("../packages/core/examples/", import.meta.url));
for (const name of readdirSync(examplesDir).filter((file) => file.endsWith(".json")).sort()) {
  const parsed = parseProgramJson(readFileSync(join(examplesDir, name), "utf8"));
  console.log(`\n=== ${name}`);
  if (!parsed.ok) {
    for (const error of parsed.errors) console.log(`  error ${describeProblem(error)}`);
    continue;
  }
  const { program } = parsed;
  const people = new Map((program.people ?? []).map((person) => [person.id, person.name ?? "(to be announced)"]));
  const rooms = new Map((program.rooms ?? []).map((room) => [room.id, room.name]));
  const where = (roomId) => (roomId === undefined ? "" : ` @ ${rooms.get(roomId)}`);
  const schedule = resolveSchedule(program);
  console.log(`${program.event.title}${program.event.acronym ? ` (${program.event.acronym})` : ""}`);
  for (const day of schedule.days) {
    console.log(`\n  ${formatDayHeading(day.date, { locale: "en-GB" })}, ${describeEventZone(program.event, day.startMs, "en-GB")}`);
    for (const entry of day.items) {
      const local = formatTimeRange(entry.startMs, entry.endMs, { zone: schedule.zone, locale: "en-GB" });
      const utc = formatTimeRange(entry.startMs, entry.endMs, { zone: "UTC", locale: "en-GB" });
      const who = (entry.item.speakers ?? entry.item.authors?.map((author) => author.person) ?? []).map((id) => people.get(id)).join(", ");
      console.log(`    ${local.padEnd(12)} (${utc} UTC)  ${entry.item.kind.padEnd(16)} ${entry.item.title ?? "(title to be announced)"}${who ? ` / ${who}` : ""}${where(entry.roomId)}`);
    }
  }
  if (schedule.untimed.length > 0) {
    console.log(`\n  ${program.event.schedule?.status === "tentative" ? "Tentative order" : "Unscheduled"}${program.event.schedule?.note ? `: ${program.event.schedule.note}` : ""}`);
    schedule.untimed.forEach((entry, position) => {
      const who = (entry.item.speakers ?? []).map((id) => people.get(id)).join(", ") || (entry.item.tba?.includes("speakers") ? "speaker to be announced" : "");
      const length = entry.durationMinutes === undefined ? "" : ` (${entry.durationMinutes} min)`;
      console.log(`    ${String(position + 1).padStart(2)}. ${entry.item.kind.padEnd(14)} ${entry.item.title ?? (entry.item.tba?.includes("title") ? "(title to be announced)" : "")}${length}${who ? ` / ${who}` : ""}${where(entry.roomId)}`);
    });
  }
  for (const conflict of schedule.conflicts) console.log(`  conflict: ${conflict.message}`);
  for (const warning of parsed.warnings) console.log(`  warning ${describeProblem(warning)}`);
}
