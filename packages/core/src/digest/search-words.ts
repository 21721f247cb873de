import { foldForSearch } from "../schedule/filter-items.js";
import type { IndexedPaper } from "./index-paper-digest.js";

/** The words of a search, folded (`foldForSearch`) and split on white space; `[]` for none. */
export function searchWordsOf(query: string | undefined): readonly string[] {
  return foldForSearch(query ?? "")
    .split(/\s+/)
    .filter(Boolean);
}

/**
 * True when every word occurs in the paper's title, author names or abstract (anywhere in a
 * word: "diffus" finds "diffusion"). No words match every paper.
 */
export function matchesSearch(paper: IndexedPaper, words: readonly string[]): boolean {
  return words.every((word) => paper.searchText.includes(word));
}

// A word in the title says more about a paper than one in its abstract.
const fieldWeights = { title: 4, authors: 2, abstract: 1 } as const;

/**
 * How well a paper answers a search: for each word, 4 if the title has it, plus 2 if an
 * author's name has it, plus 1 if the abstract has it. 0 without words.
 */
export function relevanceOf(paper: IndexedPaper, words: readonly string[]): number {
  let score = 0;
  for (const word of words) {
    if (paper.foldedTitle.includes(word)) score += fieldWeights.title;
    if (paper.foldedAuthors.includes(word)) score += fieldWeights.authors;
    if (paper.foldedAbstract.includes(word)) score += fieldWeights.abstract;
  }
  return score;
}
