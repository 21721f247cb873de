import type { Paper, PaperDigest } from "../model/paper-digest.js";
import type { Person } from "../model/person.js";
import { describePerson } from "../schedule/announcements.js";
import { foldForSearch } from "../schedule/filter-items.js";
import { confidenceOf } from "./confidence.js";
import { facetKeyOf, facetKeysAlong, facetPathOf } from "./facet-path.js";

/** A tag of an indexed paper, placed in the facet tree. */
export interface IndexedTag {
  /** The facet key of the tag's own node (see `facetKeyOf`). */
  readonly key: string;
  /** The keys of its node and of every node above it, broadest first. */
  readonly keysAlong: readonly string[];
  /** The path in the facet tree, broadest first. */
  readonly path: readonly string[];
  /** The classifier's confidence; 1 for a tag without a score (see `confidenceOf`). */
  readonly confidence: number;
}

/** A paper with what searching, filtering and sorting need, worked out once. */
export interface IndexedPaper {
  readonly paper: Paper;
  /** The paper's position in the digest: the default order. */
  readonly position: number;
  /** The title, folded for search (`foldForSearch`). */
  readonly foldedTitle: string;
  /** The authors' names, folded and joined (a name to be announced adds nothing). */
  readonly foldedAuthors: string;
  /** The abstract, folded. */
  readonly foldedAbstract: string;
  /** Title, authors and abstract folded, one per line: what a search looks through. */
  readonly searchText: string;
  readonly tags: readonly IndexedTag[];
}

/** A digest made ready for `filterPapers`, `buildFacetTree` and `sortPapers`. */
export interface DigestIndex {
  readonly digest: PaperDigest;
  /** Every paper, in the digest's order. */
  readonly papers: readonly IndexedPaper[];
  readonly people: ReadonlyMap<string, Person>;
}

const cache = new WeakMap<PaperDigest, DigestIndex>();

/**
 * Prepares a digest for searching and filtering: folds every title, author list and abstract
 * once (a keystroke then only compares strings) and places every tag in the facet tree.
 * Cached per digest object, which is never mutated.
 */
export function indexPaperDigest(digest: PaperDigest): DigestIndex {
  const cached = cache.get(digest);
  if (cached) return cached;
  const people = new Map<string, Person>();
  for (const person of digest.people ?? []) if (!people.has(person.id)) people.set(person.id, person);
  const papers = digest.papers.map((paper, position): IndexedPaper => {
    const authorNames = (paper.authors ?? []).map((author) => {
      const person = people.get(author.person);
      return person ? (describePerson(person) ?? "") : author.person;
    });
    const foldedTitle = foldForSearch(paper.title);
    const foldedAuthors = foldForSearch(authorNames.join(", "));
    const foldedAbstract = foldForSearch(paper.abstract ?? "");
    return {
      paper,
      position,
      foldedTitle,
      foldedAuthors,
      foldedAbstract,
      searchText: `${foldedTitle}\n${foldedAuthors}\n${foldedAbstract}`,
      tags: (paper.tags ?? []).map((tag) => {
        const path = facetPathOf(tag);
        const keysAlong = facetKeysAlong(path);
        // The tag's own key is the last of its path's keys: `facetKeyOf(path)`, not joined twice.
        return { key: keysAlong.at(-1) ?? facetKeyOf(path), keysAlong, path, confidence: confidenceOf(tag) };
      }),
    };
  });
  const index: DigestIndex = { digest, papers, people };
  cache.set(digest, index);
  return index;
}
