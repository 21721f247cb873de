import type { PathSegment, ProgramProblem } from "../parse/problem.js";
import { asObject, asText, type JsonObject } from "./json-values.js";

/**
 * Fields of Indico's entries that hold content Lectern does not read (yet): the contribution's
 * track and type, its keywords, sub-contributions, material, attachments and references. A
 * file that fills them imports, but a warning names them, so nothing is lost without a word.
 */
const unreadFields = ["track", "type", "keywords", "subContributions", "material", "attachments", "references"];

/** Whether a value holds something: text, a number, or a non-empty list or object. */
function hasContent(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  const object = asObject(value);
  if (object) return Object.keys(object).length > 0;
  return asText(value) !== undefined;
}

/**
 * Counts, entry by entry, the unread fields that hold something, and gives one warning for
 * the file (how many entries fill each field, and the first entry that does).
 */
export function createUnreadFieldCounter() {
  const counts = new Map<string, number>();
  let first: readonly PathSegment[] | undefined;
  return {
    /** Counts one entry's unread fields. */
    count(entry: JsonObject, where: readonly PathSegment[]): void {
      for (const field of unreadFields.filter((name) => hasContent(entry[name]))) {
        counts.set(field, (counts.get(field) ?? 0) + 1);
        first ??= where;
      }
    },
    /** The warning, when any entry filled one (placed at the first such entry). */
    warnings(at: (segments: readonly PathSegment[], message: string) => ProgramProblem): ProgramProblem[] {
      if (!first) return [];
      const listed = [...counts].map(([field, count]) => `${field} (${count} entr${count === 1 ? "y" : "ies"})`);
      return [at(first, `these fields are not read and are left out: ${listed.join(", ")}`)];
    },
  };
}
