/**
 * What an item on the program is. The order here is the order filters list them in.
 */
export const itemKinds = [
  "keynote",
  "invited-talk",
  "contributed-talk",
  "spotlight",
  "lightning",
  "poster",
  "panel",
  "tutorial",
  "poster-session",
  "coffee-break",
  "lunch",
  "social",
  "opening-remarks",
  "closing-remarks",
  "awards",
  "other",
] as const;

/** One of {@link itemKinds}. `contributed-talk` is what programs call an oral. */
export type ItemKind = (typeof itemKinds)[number];

/** Kinds that everybody attends at once: the grid draws them across all rooms. */
export const sharedItemKinds: readonly ItemKind[] = [
  "coffee-break",
  "lunch",
  "social",
  "opening-remarks",
  "closing-remarks",
  "awards",
];

/** Kinds that are breaks rather than content: no speakers expected, no conflicts for people. */
export const breakItemKinds: readonly ItemKind[] = ["coffee-break", "lunch", "social"];

/** True for breaks (coffee, lunch, social), which have no speakers and no abstract. */
export function isBreakKind(kind: ItemKind): boolean {
  return breakItemKinds.includes(kind);
}

/** True for kinds that everybody attends at once (breaks, opening, closing, awards). */
export function isSharedKind(kind: ItemKind): boolean {
  return sharedItemKinds.includes(kind);
}
