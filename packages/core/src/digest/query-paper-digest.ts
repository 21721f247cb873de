import type { PaperDigest } from "../model/paper-digest.js";
import { buildFacetTree, type FacetNode } from "./build-facet-tree.js";
import { clampConfidence, filterPapers, type PaperFilter } from "./filter-papers.js";
import { indexPaperDigest, type IndexedPaper } from "./index-paper-digest.js";
import { paperSortOrders, sortPapers, type PaperSortOrder } from "./sort-papers.js";

/** A filter, an order and a locale: everything a digest page asks of a digest. */
export interface PaperDigestQuery extends PaperFilter {
  /** Default `relevance` (the digest's order when there is no search); an unknown order is `relevance`. */
  readonly sort?: PaperSortOrder;
  /** For sorting titles. */
  readonly locale: string;
}

/** What {@link queryPaperDigest} answers. */
export interface PaperDigestAnswer {
  /** The papers that pass the filter, in the order asked for. */
  readonly papers: readonly IndexedPaper[];
  /** How many papers the digest has. */
  readonly total: number;
  /** The facet tree with counts for the filter's search and minimum confidence, empty nodes left out (see `buildFacetTree`). */
  readonly facets: readonly FacetNode[];
}

/**
 * Filters, sorts and counts a digest in one call, for a view that shows a page of it: the
 * searchable text is folded once per digest (`indexPaperDigest`), so each call only compares.
 * The answer's `facets` are counted when first read, once.
 */
export function queryPaperDigest(digest: PaperDigest, query: PaperDigestQuery): PaperDigestAnswer {
  const index = indexPaperDigest(digest);
  const minConfidence = clampConfidence(query.minConfidence);
  const filter: PaperFilter = { query: query.query, minConfidence, facets: query.facets };
  const sort = query.sort && paperSortOrders.includes(query.sort) ? query.sort : "relevance";
  const papers = sortPapers(filterPapers(index, filter), sort, {
    locale: query.locale,
    query: query.query,
    facets: query.facets,
    minConfidence,
  });
  let facets: readonly FacetNode[] | undefined;
  return {
    papers,
    total: index.papers.length,
    // Built on first read: a view may draw its first page of papers before its topic tree.
    get facets() {
      return (facets ??= buildFacetTree(index, filter, { omitEmpty: true }));
    },
  };
}
