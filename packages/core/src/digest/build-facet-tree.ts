import type { DigestIndex } from "./index-paper-digest.js";
import { clampConfidence, confidentTagsOf, matchesSearchAndConfidence, type PaperFilter } from "./filter-papers.js";
import { searchWordsOf } from "./search-words.js";

/** A node of the facet tree: one level of the tag hierarchy, with how many papers are under it. */
export interface FacetNode {
  /** The node's key (`facetKeyOf(path)`), what `PaperFilter.facets` lists. */
  readonly key: string;
  /** The node's own level, as shown: `"Vision"`. */
  readonly label: string;
  /** From the broadest level down to this one. */
  readonly path: readonly string[];
  /**
   * Papers that pass the search and the minimum confidence and have a tag that meets it at or
   * below this node; a paper counts once, however many such tags it has. The facet selection
   * itself is not applied, so a count says what checking the box would add.
   */
  readonly count: number;
  readonly children: readonly FacetNode[];
}

/** Options of {@link buildFacetTree}. */
export interface FacetTreeOptions {
  /**
   * Leave out nodes whose count is 0, except selected ones and those above a selected one
   * (a visitor must be able to uncheck what they checked). Default false: every node of the
   * digest, so the tree keeps its shape while the visitor types.
   */
  readonly omitEmpty?: boolean;
}

interface Shape {
  readonly label: string;
  readonly path: readonly string[];
  readonly children: string[];
  /** Papers under the node in the whole digest: the order of siblings. */
  total: number;
  /** The position of the last paper counted in `total`, so a paper with two tags below the node counts once. */
  lastCounted: number;
  readonly firstSeen: number;
}

interface TreeShape {
  readonly roots: readonly string[];
  readonly nodes: ReadonlyMap<string, Shape>;
}

const shapes = new WeakMap<DigestIndex, TreeShape>();

/**
 * The hierarchy every tag of the digest makes, built once per digest. Siblings are ordered by
 * how many papers of the whole digest are under them, most first, then by first appearance,
 * so the order does not jump while the visitor types or slides the confidence.
 */
function shapeOf(index: DigestIndex): TreeShape {
  const cached = shapes.get(index);
  if (cached) return cached;
  const nodes = new Map<string, Shape>();
  const roots: string[] = [];
  // Plain loops and a mark on each node rather than a set of keys for every paper: this runs
  // for every tag of the digest before a list's first page shows.
  let seen = 0;
  index.papers.forEach((paper, position) => {
    for (const tag of paper.tags) {
      const keys = tag.keysAlong;
      let parent: Shape | undefined;
      for (let depth = 0; depth < keys.length; depth += 1) {
        const key = keys[depth]!;
        let node = nodes.get(key);
        if (!node) {
          const path = tag.path.slice(0, depth + 1);
          node = { label: path[depth]!, path, children: [], total: 0, lastCounted: -1, firstSeen: (seen += 1) };
          nodes.set(key, node);
          if (parent) parent.children.push(key);
          else roots.push(key);
        }
        if (node.lastCounted !== position) {
          node.lastCounted = position;
          node.total += 1;
        }
        parent = node;
      }
    }
  });
  const bySize = (a: string, b: string) => {
    const first = nodes.get(a)!;
    const second = nodes.get(b)!;
    return second.total - first.total || first.firstSeen - second.firstSeen;
  };
  roots.sort(bySize);
  for (const node of nodes.values()) node.children.sort(bySize);
  const shape = { roots, nodes };
  shapes.set(index, shape);
  return shape;
}

/** Papers under each node that pass the search and the minimum confidence, each once a node. */
function countPapers(index: DigestIndex, words: readonly string[], minConfidence: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const paper of index.papers) {
    if (!matchesSearchAndConfidence(paper, words, minConfidence)) continue;
    const under = new Set<string>();
    for (const tag of confidentTagsOf(paper, minConfidence)) for (const key of tag.keysAlong) under.add(key);
    for (const key of under) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * How many nodes the digest's facet tree has, at every depth: what {@link buildFacetTree}
 * gives without `omitEmpty`, for any filter. Read from the tree's shape (built once per
 * digest), without counting papers, so a view can size the tree on its first draw for free.
 */
export function countFacetTreeNodes(index: DigestIndex): number {
  return shapeOf(index).nodes.size;
}

/**
 * The facet tree of a digest with counts for a filter: the tags' paths as a tree (a tag
 * without a path is its own root), each node counting the papers under it that pass the
 * filter's search and minimum confidence (see {@link FacetNode.count}).
 */
export function buildFacetTree(
  index: DigestIndex,
  filter: PaperFilter,
  options: FacetTreeOptions = {},
): readonly FacetNode[] {
  const shape = shapeOf(index);
  const words = searchWordsOf(filter.query);
  const minConfidence = clampConfidence(filter.minConfidence);
  // Without a search or a minimum confidence every paper and every tag counts: the counts are
  // the shape's totals, and the first draw of a digest page need not count again.
  const counts = words.length === 0 && minConfidence === 0 ? undefined : countPapers(index, words, minConfidence);
  const selected = new Set(filter.facets ?? []);
  const build = (key: string): FacetNode | undefined => {
    const node = shape.nodes.get(key)!;
    const children = node.children.flatMap((child) => build(child) ?? []);
    const count = counts ? (counts.get(key) ?? 0) : node.total;
    if (options.omitEmpty && count === 0 && children.length === 0 && !selected.has(key)) return undefined;
    return { key, label: node.label, path: node.path, count, children };
  };
  return shape.roots.flatMap((key) => build(key) ?? []);
}
