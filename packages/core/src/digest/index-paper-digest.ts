import type { Paper, PaperDigest } from "../model/paper-digest.js";
import type { Person } from "../model/person.js";
import type { Tag } from "../model/tag.js";
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

// A tag object shared by many papers (a program's digest gives all papers of a session one)
// is placed in the facet tree once: its keys are then one string each, hashed once.
const indexedTags = new WeakMap<Tag, IndexedTag>();

function indexTag(tag: Tag): IndexedTag {
  let indexed = indexedTags.get(tag);
  if (!indexed) {
    const path = facetPathOf(tag);
    const keysAlong = facetKeysAlong(path);
    // The tag's own key is the last of its path's keys: `facetKeyOf(path)`, not joined twice.
    indexed = { key: keysAlong.at(-1) ?? facetKeyOf(path), keysAlong, path, confidence: confidenceOf(tag) };
    indexedTags.set(tag, indexed);
  }
  return indexed;
}

/**
 * An indexed paper whose folded texts and placed tags are worked out on first read, once: a
 * list's first page needs none of the texts (no search yet) and only its own cards' tags, and
 * doing all of it for a 2,000-paper digest costs milliseconds before anything shows. A search
 * then folds every paper once, as before.
 */
class LazilyFoldedPaper implements IndexedPaper {
  readonly paper: Paper;
  readonly position: number;
  readonly #people: ReadonlyMap<string, Person>;
  #tags?: readonly IndexedTag[];
  #foldedTitle?: string;
  #foldedAuthors?: string;
  #foldedAbstract?: string;
  #searchText?: string;

  constructor(paper: Paper, position: number, people: ReadonlyMap<string, Person>) {
    this.paper = paper;
    this.position = position;
    this.#people = people;
  }

  // Placed in the facet tree on first read too: an unfiltered first page reads the tags of
  // its 50 cards only, and the topic tree (drawn after that page) reads the rest.
  get tags(): readonly IndexedTag[] {
    return (this.#tags ??= (this.paper.tags ?? []).map(indexTag));
  }

  get foldedTitle(): string {
    return (this.#foldedTitle ??= foldForSearch(this.paper.title));
  }

  get foldedAuthors(): string {
    if (this.#foldedAuthors === undefined) {
      const names = (this.paper.authors ?? []).map((author) => {
        const person = this.#people.get(author.person);
        return person ? (describePerson(person) ?? "") : author.person;
      });
      this.#foldedAuthors = foldForSearch(names.join(", "));
    }
    return this.#foldedAuthors;
  }

  get foldedAbstract(): string {
    return (this.#foldedAbstract ??= foldForSearch(this.paper.abstract ?? ""));
  }

  get searchText(): string {
    return (this.#searchText ??= `${this.foldedTitle}\n${this.foldedAuthors}\n${this.foldedAbstract}`);
  }
}

/**
 * Prepares a digest for searching and filtering: places every tag in the facet tree, and
 * folds every title, author list and abstract once, the first time a search reads it (a
 * keystroke then only compares strings). Cached per digest object, which is never mutated.
 */
export function indexPaperDigest(digest: PaperDigest): DigestIndex {
  const cached = cache.get(digest);
  if (cached) return cached;
  const people = new Map<string, Person>();
  for (const person of digest.people ?? []) if (!people.has(person.id)) people.set(person.id, person);
  const papers = digest.papers.map((paper, position): IndexedPaper => new LazilyFoldedPaper(paper, position, people));
  const index: DigestIndex = { digest, papers, people };
  cache.set(digest, index);
  return index;
}
