import { describePerson, type Person } from "@lectern/core";
import type { UiStrings } from "./ui-strings.js";

/**
 * A session's chairs as every element names them, "Chair: Ana Silva, Li Na" (a chair with no
 * name yet is "Name to be announced"), or "" when it has none: one wording for the grid's
 * bands, cells and list, and the talk card.
 */
export function describeChairs(
  chairs: readonly Person[],
  strings: Pick<UiStrings, "chair" | "nameToBeAnnounced">,
): string {
  const names = chairs.map((person) => describePerson(person) ?? strings.nameToBeAnnounced).join(", ");
  return names ? `${strings.chair}: ${names}` : "";
}
