import type { JsonValue } from "../model/extra.js";
import type { PathSegment, ProgramProblem } from "../parse/problem.js";
import { asEntries } from "./json-values.js";
import { asLanguageTag } from "./pretalx-translations.js";
import { readTranslatedText } from "./translated-text.js";

/** What a c3voc room says beyond its name, as the model keeps it. */
export interface FrabRoomDetails {
  readonly capacity?: number;
  readonly description?: string;
  /** The description in other languages, when the file gives it as `{ "en": ..., "de": ... }`. */
  readonly translations?: readonly { readonly language: string; readonly description: string }[];
  /** Fields the model has no place for (guid, slug, type, stream id, address), kept in the room's extra. */
  readonly extra?: Record<string, JsonValue>;
}

/** The rooms of `schedule.conference.rooms`: their names in order, what each says, and the warnings. */
export interface C3vocRooms {
  readonly names: string[];
  readonly details: Map<string, FrabRoomDetails>;
  readonly problems: { readonly path: readonly PathSegment[]; readonly message: string }[];
}

// Read into the room itself; everything else a room carries is kept in its extra.
const readFields = new Set(["name", "capacity", "description"]);

const isJson = (value: unknown): value is JsonValue => value !== undefined && typeof value !== "function";

/**
 * Reads c3voc's room list. pretalx and frab write `capacity` (seats, or null) and a
 * `description` that is text, null, or translations; the schema adds guid, slug, type, url,
 * stream id, features and a hub assembly, which Lectern has no field for and keeps in the
 * room's `extra.c3voc` rather than dropping. A capacity that is no positive whole number is
 * left out with a warning naming the room, never rounded into a different number of seats.
 */
export function readC3vocRooms(rooms: unknown, language?: string): C3vocRooms {
  const names: string[] = [];
  const details = new Map<string, FrabRoomDetails>();
  const problems: C3vocRooms["problems"] = [];
  if (!Array.isArray(rooms)) return { names, details, problems };
  rooms.forEach((room: unknown, index) => {
    if (typeof room !== "object" || room === null) return;
    const record = room as Record<string, unknown>;
    const name = typeof record.name === "string" ? record.name.trim() : "";
    if (name === "" || details.has(name)) return;
    const path: PathSegment[] = ["schedule", "conference", "rooms", index];
    names.push(name);
    const capacity = record.capacity;
    const seats = typeof capacity === "number" && Number.isInteger(capacity) && capacity > 0 ? capacity : undefined;
    if (capacity !== undefined && capacity !== null && seats === undefined)
      problems.push({
        path: [...path, "capacity"],
        message: `is not a whole number of seats (found ${JSON.stringify(capacity)}); the room "${name}" is kept without a capacity`,
      });
    const description = readTranslatedText(record.description, language);
    const translations = description.others.flatMap(([key, text]) => {
      const tag = asLanguageTag(key);
      if (tag) return [{ language: tag, description: text }];
      problems.push({
        path: [...path, "description", key],
        message: `is not a language tag; this description of the room "${name}" is left out`,
      });
      return [];
    });
    const extra = Object.fromEntries(
      asEntries(record).filter(([key, value]) => !readFields.has(key) && value !== null && isJson(value)),
    ) as Record<string, JsonValue>;
    details.set(name, {
      ...(seats !== undefined ? { capacity: seats } : {}),
      ...(description.text !== undefined ? { description: description.text } : {}),
      ...(translations.length > 0 ? { translations } : {}),
      ...(Object.keys(extra).length > 0 ? { extra } : {}),
    });
  });
  return { names, details, problems };
}

/** The warnings of {@link readC3vocRooms}, placed in the source by the caller. */
export function c3vocRoomWarnings(
  rooms: C3vocRooms,
  at: (path: readonly PathSegment[], message: string) => ProgramProblem,
): ProgramProblem[] {
  return rooms.problems.map((problem) => at(problem.path, problem.message));
}
