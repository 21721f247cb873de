import type { ItemKind } from "../model/item-kind.js";

// frab and pretalx name event types freely; these are the ones seen in real exports
// (FOSDEM, CCC camps, pretalx instances). Anything else becomes "other", with its original
// type kept in the item's extra data and a warning that counts them. A Map, not an object:
// a type named "constructor" or "__proto__" must find nothing.
const kindsByType = new Map<string, ItemKind>(
  Object.entries({
    keynote: "keynote",
    maintrack: "invited-talk",
    invited: "invited-talk",
    lecture: "contributed-talk",
    talk: "contributed-talk",
    devroom: "contributed-talk",
    "talk-short": "lightning",
    lightningtalk: "lightning",
    lightning: "lightning",
    workshop: "tutorial",
    tutorial: "tutorial",
    podium: "panel",
    panel: "panel",
    poster: "poster",
    break: "coffee-break",
    social: "social",
    party: "social",
    concert: "social",
  } satisfies Record<string, ItemKind>),
);

/** The item kind for a frab/pretalx event type, or `undefined` when it has no equivalent. */
export function kindOfFrabType(type: string | undefined): ItemKind | undefined {
  if (type === undefined) return undefined;
  const normalised = type.trim().toLowerCase();
  // pretalx instances describe types in words ("Talk 30 min + 10min Q&A", "Workshop 60 Min"):
  // the first word names the kind.
  return kindsByType.get(normalised) ?? kindsByType.get(normalised.split(/[\s(,:/-]+/)[0] ?? "");
}
