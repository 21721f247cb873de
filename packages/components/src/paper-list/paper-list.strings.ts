import type { PaperSortOrder } from "@lectern/core";
import { defaultUiStrings, recordOrNothing, type UiStrings } from "../shared/ui-strings.js";

/**
 * Every piece of text `<paper-list>` shows that does not come from the digest. Override any
 * of them through the element's `strings` property (a partial object) to translate or reword.
 * The texts it shares with the other elements (link kinds, "Show abstract", "Authors", "Remote") default
 * to the shared {@link defaultUiStrings}, so a page's wording stays one.
 */
export interface PaperListStrings extends Pick<
  UiStrings,
  | "links"
  | "linksLabel"
  | "links_"
  | "showAbstract"
  | "hideAbstract"
  | "authors"
  | "presenting"
  | "equalContribution"
  | "nameToBeAnnounced"
  | "remote"
  | "hybrid"
> {
  /** The accessible name of the panel of filters (a search landmark). */
  readonly filters: string;
  /** The label of the search box. */
  readonly search: string;
  /** The search box's placeholder. */
  readonly searchPlaceholder: string;
  /** The legend of the topic tree. */
  readonly topics: string;
  /** The name of the button that shows or hides a topic's subtopics. */
  readonly subtopicsOf: (topic: string) => string;
  /** The label of the minimum-confidence slider. */
  readonly minConfidence: string;
  /** The label of the sort menu. */
  readonly sortBy: string;
  /** The names of the orders. */
  readonly sortOrders: Readonly<Record<PaperSortOrder, string>>;
  /** Clears the search, topics and minimum confidence. */
  readonly clearFilters: string;
  /**
   * The button that shows the sort, confidence and topic filters on a narrow screen, where they
   * start hidden so the first paper is on the first screen; `active` filters are set.
   */
  readonly moreFilters: (active: number) => string;
  /** The button under a level of the topic tree that shows its `hidden` less common topics. */
  readonly moreTopics: (hidden: number) => string;
  /** "2 papers", "1 paper": a facet's count for screen readers. */
  readonly papers: (count: number) => string;
  /** The live summary: "12 of 2,000 papers". */
  readonly matching: (count: number, total: number) => string;
  /** Beside the "Show more" button: "Showing 50 of 1,234". */
  readonly showing: (shown: number, count: number) => string;
  /** The button that shows the next page. */
  readonly showMore: (count: number) => string;
  /** The accessible name of the list of papers. */
  readonly paperList: string;
  /** The accessible name of a paper's topic tags. */
  readonly tags: string;
  /** Before a tag's score, for screen readers: "confidence". */
  readonly confidence: string;
  /** Shown when no paper passes the filters. */
  readonly noMatches: string;
  readonly loading: string;
  /** Shown when the element has no source at all. */
  readonly noDigest: string;
  /** The heading of the list of problems of invalid data. */
  readonly invalidDigest: (source: string, count: number) => string;
}

/** Numbers as English writes them ("2,000"). */
const count = (value: number) => value.toLocaleString("en");

/** The English defaults. */
export const defaultPaperListStrings: PaperListStrings = {
  links: defaultUiStrings.links,
  linksLabel: defaultUiStrings.linksLabel,
  links_: defaultUiStrings.linksLabel,
  showAbstract: defaultUiStrings.showAbstract,
  hideAbstract: defaultUiStrings.hideAbstract,
  authors: defaultUiStrings.authors,
  presenting: defaultUiStrings.presenting,
  equalContribution: defaultUiStrings.equalContribution,
  nameToBeAnnounced: defaultUiStrings.nameToBeAnnounced,
  remote: defaultUiStrings.remote,
  hybrid: defaultUiStrings.hybrid,
  filters: "Filter papers",
  search: "Search",
  searchPlaceholder: "Title, author or abstract",
  topics: "Topics",
  subtopicsOf: (topic) => `Subtopics of ${topic}`,
  minConfidence: "Minimum topic confidence",
  sortBy: "Sort by",
  sortOrders: { relevance: "Relevance", title: "Title", year: "Year, newest first", score: "Topic confidence" },
  clearFilters: "Clear filters",
  moreFilters: (active) => (active === 0 ? "Sort and topics" : `Sort and topics (${count(active)} set)`),
  moreTopics: (hidden) => (hidden === 1 ? "Show 1 more topic" : `Show ${count(hidden)} more topics`),
  papers: (value) => (value === 1 ? "1 paper" : `${count(value)} papers`),
  matching: (value, total) => `${count(value)} of ${count(total)} ${total === 1 ? "paper" : "papers"}`,
  showing: (shown, value) => `Showing ${count(shown)} of ${count(value)}`,
  showMore: (value) => `Show ${count(value)} more`,
  paperList: "Papers",
  tags: "Topics",
  confidence: "confidence",
  noMatches: "No paper matches these filters.",
  loading: "Loading the papers…",
  noDigest:
    'No papers to show: set the src attribute, a digest property, or put the digest\'s JSON in a <script type="application/json"> inside the element.',
  invalidDigest: (source, value) =>
    `The papers from ${source} could not be shown: ${value === 1 ? "1 problem" : `${count(value)} problems`} to fix.`,
};

/**
 * The defaults with the element's overrides applied (one level deep for `links` and
 * `sortOrders`); the deprecated `links_` still takes effect when `linksLabel` is not given.
 */
export function mergePaperListStrings(overrides: Partial<PaperListStrings> | undefined): PaperListStrings {
  if (!overrides) return defaultPaperListStrings;
  const linksLabel = overrides.linksLabel ?? overrides.links_ ?? defaultPaperListStrings.linksLabel;
  return {
    ...defaultPaperListStrings,
    ...overrides,
    linksLabel,
    links_: linksLabel,
    links: { ...defaultPaperListStrings.links, ...recordOrNothing(overrides.links) },
    sortOrders: { ...defaultPaperListStrings.sortOrders, ...overrides.sortOrders },
  };
}
