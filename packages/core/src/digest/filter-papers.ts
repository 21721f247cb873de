import type { DigestIndex, IndexedPaper, IndexedTag } from "./index-paper-digest.js";
import { matchesSearch, searchWordsOf } from "./search-words.js";

/** What a visitor narrowed a digest to. Every field is optional; an empty filter keeps every paper. */
export interface PaperFilter {
  /** Words to find in the title, author names and abstract: all must occur, accents and case ignored. */
  readonly query?: string;
  /**
   * 0..1: tags less sure than this do not count, for the facets or for the cards. Above 0, a
   * paper needs at least one tag this sure to stay listed (an untagged paper is hidden too);
   * at 0, the default, nothing is hidden. A tag without a score counts as certain.
   */
  readonly minConfidence?: number;
  /**
   * Facet keys (`facetKeyOf`). A paper matches when one of its tags that meets the minimum
   * confidence is at or below any of them: selecting a parent includes its descendants.
   * Empty or absent: no facet filter.
   */
  readonly facets?: readonly string[];
}

/** The tags of a paper that meet a minimum confidence, in the paper's order. */
export function confidentTagsOf(paper: IndexedPaper, minConfidence: number): readonly IndexedTag[] {
  return minConfidence > 0 ? paper.tags.filter((tag) => tag.confidence >= minConfidence) : paper.tags;
}

/**
 * True when a paper passes the search and the minimum confidence: the part of a filter that
 * facet counts honour (a facet's count does not depend on which facets are selected).
 */
export function matchesSearchAndConfidence(
  paper: IndexedPaper,
  words: readonly string[],
  minConfidence: number,
): boolean {
  if (minConfidence > 0 && !paper.tags.some((tag) => tag.confidence >= minConfidence)) return false;
  return matchesSearch(paper, words);
}

/** True when one of the paper's confident tags is at or below a selected facet. */
export function matchesFacets(paper: IndexedPaper, selected: ReadonlySet<string>, minConfidence: number): boolean {
  return confidentTagsOf(paper, minConfidence).some((tag) => tag.keysAlong.some((key) => selected.has(key)));
}

/** The value of `minConfidence` clamped to 0..1; anything not a number is 0. */
export function clampConfidence(value: number | undefined): number {
  return typeof value === "number" && Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}

/** The papers of a digest that pass a filter, in the digest's order. */
export function filterPapers(index: DigestIndex, filter: PaperFilter): readonly IndexedPaper[] {
  const words = searchWordsOf(filter.query);
  const minConfidence = clampConfidence(filter.minConfidence);
  const selected = filter.facets && filter.facets.length > 0 ? new Set(filter.facets) : undefined;
  if (words.length === 0 && minConfidence === 0 && !selected) return index.papers;
  return index.papers.filter(
    (paper) =>
      matchesSearchAndConfidence(paper, words, minConfidence) &&
      (!selected || matchesFacets(paper, selected, minConfidence)),
  );
}
