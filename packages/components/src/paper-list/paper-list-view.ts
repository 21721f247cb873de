import {
  describePerson,
  paperSortOrders,
  type FacetNode,
  type IndexedPaper,
  type ItemPresentation,
  type Link,
  type PaperSortOrder,
  type Person,
} from "@lectern/core";

/** An author as a card shows them. */
export interface CardAuthor {
  readonly id: string;
  /** The display name; `undefined` when it is to be announced. */
  readonly name?: string;
  /** The paper's affiliations for this author, else the person's. */
  readonly affiliations: readonly string[];
  readonly presenting: boolean;
  /** Marked as one of the authors who contributed equally (the † of the card, explained below the authors). */
  readonly equalContribution: boolean;
}

/** A topic tag as a card shows it. */
export interface CardTag {
  readonly label: string;
  /** The tag's place in the hierarchy, broadest first. */
  readonly path: readonly string[];
  /** The score written in the locale with two decimals ("0.93"); `undefined` for an unscored tag. */
  readonly score?: string;
}

/** Everything a paper card shows, prepared without touching the DOM. */
export interface PaperCardView {
  readonly id: string;
  readonly title: string;
  readonly authors: readonly CardAuthor[];
  /** Where and when it appeared: "NeurIPS 2020"; the year is added when the venue does not name it. */
  readonly published?: string;
  readonly abstract?: string;
  readonly links: readonly Link[];
  /** The tags that meet the minimum confidence, most confident first. */
  readonly tags: readonly CardTag[];
  /** How it is presented, when the paper says (the card marks remote and hybrid ones). */
  readonly presentation?: ItemPresentation;
}

const scoreFormats = new Map<string, Intl.NumberFormat>();

/** A score as "0.93" in the locale (always two decimals, so a column of scores lines up). */
export function formatScore(score: number, locale: string): string {
  let format = scoreFormats.get(locale);
  if (!format)
    scoreFormats.set(
      locale,
      (format = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 })),
    );
  return format.format(score);
}

/**
 * Prepares a paper's card: authors in order with their names and affiliations, the tags that
 * meet `minConfidence` (a tag without a score always does) from the most confident down, each
 * once (a repeated tag keeps its highest score), with their scores written in the locale.
 */
export function viewPaperCard(
  entry: IndexedPaper,
  people: ReadonlyMap<string, Person>,
  options: { readonly minConfidence: number; readonly locale: string },
): PaperCardView {
  const { paper } = entry;
  const tags = (paper.tags ?? [])
    .map((tag, index) => ({ tag, confidence: entry.tags[index]!.confidence, path: entry.tags[index]!.path }))
    .filter(({ confidence }) => confidence >= options.minConfidence)
    .sort((a, b) => b.confidence - a.confidence)
    // A tag listed twice (a classifier run twice, with other scores) shows once, with its
    // highest score: the first after the sort.
    .filter(firstOfEachTag());
  return {
    id: paper.id,
    title: paper.title,
    authors: (paper.authors ?? []).map((author) => {
      const person = people.get(author.person);
      return {
        id: author.person,
        name: person ? describePerson(person) : author.person,
        affiliations: author.affiliations ?? person?.affiliations ?? [],
        presenting: author.presenting ?? false,
        equalContribution: author.equalContribution ?? false,
      };
    }),
    published: describePublication(paper.venue, paper.year),
    abstract: paper.abstract,
    links: paper.links ?? [],
    tags: tags.map(({ tag, path }) => ({
      label: tag.label,
      path,
      score: tag.score === undefined ? undefined : formatScore(tag.score, options.locale),
    })),
    presentation: paper.presentation,
  };
}

/** A filter that keeps the first of the tags with one place in the hierarchy (their `path`). */
function firstOfEachTag(): (tag: { readonly path: readonly string[] }) => boolean {
  const seen = new Set<string>();
  return ({ path }) => {
    // The unit separator never occurs in a label, so two paths never make one key.
    const key = path.join("\u001f");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
}

/** "NeurIPS 2020" (a venue that names its year), "arXiv preprint, 2022", "2019", or `undefined`. */
export function describePublication(venue: string | undefined, year: number | undefined): string | undefined {
  if (year === undefined) return venue;
  if (venue === undefined) return String(year);
  return venue.includes(String(year)) ? venue : `${venue}, ${year}`;
}

/** Above this many nodes, only the roots of the topic tree start open. */
export const smallFacetTree = 30;

/**
 * Whether a topic's subtopics show before the visitor opens or closes it: in a small tree
 * (a digest's usual few dozen topics) everything is open, so nothing is hidden behind a click;
 * in a large one only the roots are, so the list of papers is not pushed far down.
 */
export function isFacetOpenByDefault(depth: number, treeSize: number): boolean {
  return treeSize <= smallFacetTree || depth === 0;
}

/** The order a `sort` attribute asks for: one of `paperSortOrders`, else `relevance` (a typo never empties the list). */
export function readSortOrder(sort: string): PaperSortOrder {
  return (paperSortOrders as readonly string[]).includes(sort) ? (sort as PaperSortOrder) : "relevance";
}

/** The cards per page for a `page-size` attribute: rounded, at least 1; not a number, or 0, gives 50. */
export function readPageSize(pageSize: number): number {
  return Math.max(1, Math.round(pageSize) || 50);
}

/** How many topics of one level show before a "Show N more topics" button: the most common first. */
export const topicsShownPerLevel = 12;

/**
 * The topics of one level that show: the `limit` most common (the nodes come most common
 * first), and any further one that is selected or holds a selected topic, so a visitor always
 * sees what they chose. Keywords that are per-paper phrases (thousands of one-paper labels)
 * would otherwise push the papers off the screen.
 */
export function limitTopics(
  nodes: readonly FacetNode[],
  selected: ReadonlySet<string>,
  limit = topicsShownPerLevel,
): { readonly shown: readonly FacetNode[]; readonly hidden: number } {
  if (nodes.length <= limit) return { shown: nodes, hidden: 0 };
  const holdsSelected = (node: FacetNode): boolean => selected.has(node.key) || node.children.some(holdsSelected);
  const shown = nodes.filter((node, index) => index < limit || holdsSelected(node));
  return { shown, hidden: nodes.length - shown.length };
}
