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

/**
 * Kinds that are plenary when they have no room: everybody attends them at once, so the grid
 * draws them across all rooms. An item's own `plenary` field wins over its kind.
 */
export const plenaryItemKinds: readonly ItemKind[] = [
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

/** True for kinds that are plenary when they have no room (breaks, opening, closing, awards). */
export function isPlenaryKind(kind: ItemKind): boolean {
  return plenaryItemKinds.includes(kind);
}

/** @deprecated Renamed {@link plenaryItemKinds} (one name for the plenary concept); removed in the next minor version. */
export const sharedItemKinds: readonly ItemKind[] = plenaryItemKinds;

/** @deprecated Renamed {@link isPlenaryKind} (one name for the plenary concept); removed in the next minor version. */
export const isSharedKind: (kind: ItemKind) => boolean = isPlenaryKind;
