/**
 * How an item is presented: `in-person` (at the venue, the default when an item says nothing),
 * `remote` (the presenter joins online) or `hybrid` (both at once, e.g. a talk given on site
 * and streamed with remote questions).
 */
export const itemPresentations = ["in-person", "remote", "hybrid"] as const;

/** One of {@link itemPresentations}. Items without a presentation are given in person. */
export type ItemPresentation = (typeof itemPresentations)[number];
