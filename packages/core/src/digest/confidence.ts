import type { Tag } from "../model/tag.js";

/**
 * How sure the classifier was of a tag, 0..1. A tag without a score counts as certain (1):
 * such tags were given by a person (an author's keywords, an editor's choice), not guessed by a
 * classifier, so a minimum confidence must never hide them.
 */
export function confidenceOf(tag: Tag): number {
  return tag.score ?? 1;
}

/** True when a tag is at least as sure as `minimum` (see {@link confidenceOf}). */
export function meetsConfidence(tag: Tag, minimum: number): boolean {
  return confidenceOf(tag) >= minimum;
}
