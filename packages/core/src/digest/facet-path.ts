import type { Tag } from "../model/tag.js";

/** What joins the levels of a facet path into its key: `"Information Technology > Vision"`. */
export const facetKeySeparator = " > ";

/**
 * Where a tag sits in the facet tree: its `path` (broadest topic first, the tag's own level
 * last, as the model writes it), or, for a tag without a path, its label alone: such a tag is
 * its own root.
 */
export function facetPathOf(tag: Tag): readonly string[] {
  return tag.path ?? [tag.label];
}

/**
 * The key of a facet node: its path joined with {@link facetKeySeparator}, so a key is also
 * readable ("Information Technology > Artificial Intelligence > Vision") and can be written
 * in an attribute. Two paths whose levels contain the separator could share a key; classifier
 * labels do not.
 */
export function facetKeyOf(path: readonly string[]): string {
  return path.join(facetKeySeparator);
}

/** The keys of a path and of every level above it, broadest first: `A`, `A > B`, `A > B > C`. */
export function facetKeysAlong(path: readonly string[]): readonly string[] {
  // Each key extends the one above it: one concatenation a level, not a slice and a join
  // (a digest of 2,000 papers asks for this some 20,000 times while it is indexed).
  let key = "";
  return path.map((level, index) => (key = index === 0 ? level : `${key}${facetKeySeparator}${level}`));
}
