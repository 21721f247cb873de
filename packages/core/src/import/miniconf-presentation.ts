import type { ItemPresentation } from "../model/item-presentation.js";
import type { RowPlace } from "./csv-lines.js";

/** The papers column in which MiniConf sites (ISMIR) say how a paper is presented. */
export const presentationColumn = "paper_presentation";

// Words real sites write, compared without case, spaces, hyphens or underscores
// ("In person", "in-person" and "On-site" are one word each).
const presentationWords: ReadonlyMap<string, ItemPresentation> = new Map<string, ItemPresentation>([
  ["remote", "remote"],
  ["virtual", "remote"],
  ["online", "remote"],
  ["hybrid", "hybrid"],
  ["inperson", "in-person"],
  ["onsite", "in-person"],
]);

/** A presentation cell read: the item's presentation, and the cell's text when it was not one of the words. */
export interface PresentationCell {
  readonly presentation: ItemPresentation;
  /** The text as written ("San Francisco"), kept because it was read as in person, not understood. */
  readonly readAsInPerson?: string;
}

/**
 * Reads a `paper_presentation` cell: Remote/Virtual/Online, Hybrid, In person/Onsite (any case,
 * with or without a hyphen). Any other text is read as in person: ISMIR 2024 writes its venue
 * city ("San Francisco") for papers presented there and "Remote" for the others. Undefined
 * for an empty cell.
 */
export function readPresentationCell(value: string): PresentationCell | undefined {
  const text = value.trim();
  if (!text) return undefined;
  const known = presentationWords.get(text.toLowerCase().replace(/[\s_-]+/g, ""));
  return known ? { presentation: known } : { presentation: "in-person", readAsInPerson: text };
}

/** At most this many values are quoted in the warning; a file with more says how many. */
const quotedValues = 5;

/**
 * The one warning of a file for the presentation cells read as in person (not one per row):
 * it names the column and the values, at the first row that had one. Undefined when every
 * cell was one of the words.
 */
export function describeInPersonReadings(
  readings: ReadonlyMap<string, RowPlace>,
): { place: RowPlace; message: string } | undefined {
  const [first] = readings.values();
  if (!first) return undefined;
  const values = [...readings.keys()];
  const quoted = values
    .slice(0, quotedValues)
    .map((value) => `"${value}"`)
    .join(", ");
  const more = values.length > quotedValues ? ` and ${values.length - quotedValues} more` : "";
  return {
    place: first,
    message:
      `column "${presentationColumn}": ${quoted}${more} read as in person (the text is kept in ` +
      `extra.miniconf.paperPresentation); write Remote, Hybrid or In person to say otherwise`,
  };
}
