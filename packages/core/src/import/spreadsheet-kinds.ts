import { itemKinds, type ItemKind } from "../model/item-kind.js";

// Words organisers' spreadsheets use for a row's kind, singular and plural. A Map, not an
// object: a kind cell reading "constructor" must find nothing. Words with no item kind of
// their own (registration, workshop) are known and become "other" without a warning.
const kindWords = new Map<string, ItemKind>(
  Object.entries({
    talk: "contributed-talk",
    talks: "contributed-talk",
    oral: "contributed-talk",
    orals: "contributed-talk",
    contributed: "contributed-talk",
    invited: "invited-talk",
    keynote: "keynote",
    keynotes: "keynote",
    plenary: "keynote",
    spotlight: "spotlight",
    spotlights: "spotlight",
    lightning: "lightning",
    poster: "poster",
    posters: "poster-session",
    "poster session": "poster-session",
    "poster sessions": "poster-session",
    panel: "panel",
    tutorial: "tutorial",
    tutorials: "tutorial",
    break: "coffee-break",
    coffee: "coffee-break",
    "coffee break": "coffee-break",
    lunch: "lunch",
    dinner: "social",
    social: "social",
    meetup: "social",
    reception: "social",
    opening: "opening-remarks",
    closing: "closing-remarks",
    awards: "awards",
    registration: "other",
    workshop: "other",
    workshops: "other",
  } satisfies Record<string, ItemKind>),
);

/**
 * The item kind a spreadsheet's kind cell names: a model kind as written, a known phrase
 * ("Poster session", "Coffee break") or a phrase's first word ("Keynote: Ada" is a keynote);
 * `contributed-talk` for an empty cell; undefined for words it does not know (the caller
 * imports the row as `other` and warns naming it).
 */
export function spreadsheetKind(cell: string): ItemKind | undefined {
  const text = cell.trim().toLowerCase().replace(/\s+/g, " ");
  if (!text) return "contributed-talk";
  if ((itemKinds as readonly string[]).includes(text)) return text as ItemKind;
  return kindWords.get(text) ?? kindWords.get(text.split(/[\s:(,]/)[0] ?? "");
}
