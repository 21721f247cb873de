import type { IndexedPaper } from "./index-paper-digest.js";
import { clampConfidence, confidentTagsOf } from "./filter-papers.js";
import { relevanceOf, searchWordsOf } from "./search-words.js";

/** The orders a digest's papers can be listed in. */
export const paperSortOrders = ["relevance", "title", "year", "score"] as const;

/**
 * One of {@link paperSortOrders}:
 * - `relevance`: best match to the search first; without a search, the digest's own order.
 * - `title`: alphabetical in the locale, numbers by value ("2 steps" before "10 steps").
 * - `year`: newest first; papers without a year last.
 * - `score`: the highest confidence among the paper's tags at or below the selected facets
 *   (with none selected, among all its tags), most confident first; papers with no such tag last.
 *
 * Ties keep the digest's order, so every order is stable.
 */
export type PaperSortOrder = (typeof paperSortOrders)[number];

/** What a sort may depend on besides the papers. */
export interface PaperSortOptions {
  /** For `title`: the locale whose alphabet to follow. */
  readonly locale: string;
  /** For `relevance`: the search. */
  readonly query?: string;
  /** For `score`: the selected facet keys. */
  readonly facets?: readonly string[];
  /** For `score`: tags less sure than this do not count (as in `PaperFilter`). */
  readonly minConfidence?: number;
}

const collators = new Map<string, Intl.Collator>();

function collatorFor(locale: string): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) collators.set(locale, (collator = new Intl.Collator(locale, { numeric: true, sensitivity: "base" })));
  return collator;
}

/** Sorts by a number, highest first, ties in the digest's order. */
function byKeyDescending(papers: readonly IndexedPaper[], keyOf: (paper: IndexedPaper) => number): IndexedPaper[] {
  const keys = new Map(papers.map((paper) => [paper, keyOf(paper)]));
  return [...papers].sort((a, b) => keys.get(b)! - keys.get(a)! || a.position - b.position);
}

function selectedScoreOf(
  paper: IndexedPaper,
  selected: ReadonlySet<string> | undefined,
  minConfidence: number,
): number {
  let best = -1;
  for (const tag of confidentTagsOf(paper, minConfidence)) {
    if (selected && !tag.keysAlong.some((key) => selected.has(key))) continue;
    best = Math.max(best, tag.confidence);
  }
  return best;
}

/** The papers in an order (see {@link PaperSortOrder}); returns a new array. */
export function sortPapers(
  papers: readonly IndexedPaper[],
  order: PaperSortOrder,
  options: PaperSortOptions,
): readonly IndexedPaper[] {
  switch (order) {
    case "title": {
      const collator = collatorFor(options.locale);
      return [...papers].sort((a, b) => collator.compare(a.paper.title, b.paper.title) || a.position - b.position);
    }
    case "year":
      return byKeyDescending(papers, (paper) => paper.paper.year ?? Number.NEGATIVE_INFINITY);
    case "score": {
      const selected = options.facets && options.facets.length > 0 ? new Set(options.facets) : undefined;
      const minConfidence = clampConfidence(options.minConfidence);
      return byKeyDescending(papers, (paper) => selectedScoreOf(paper, selected, minConfidence));
    }
    case "relevance":
    default: {
      const words = searchWordsOf(options.query);
      return words.length === 0
        ? [...papers].sort((a, b) => a.position - b.position)
        : byKeyDescending(papers, (paper) => relevanceOf(paper, words));
    }
  }
}
