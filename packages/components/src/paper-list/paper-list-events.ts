import type { PaperSortOrder } from "@lectern/core";

/** Fired when the visitor shows or hides a paper's abstract. */
export class PaperAbstractToggleEvent extends Event {
  static readonly eventName = "paper-abstract-toggle";
  constructor(
    /** The id of the paper in the digest. */
    readonly paperId: string,
    /** Whether the abstract is now shown. */
    readonly expanded: boolean,
  ) {
    super(PaperAbstractToggleEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Fired when the visitor changes the search, the topics, the minimum confidence or the order. */
export class PaperFilterChangeEvent extends Event {
  static readonly eventName = "paper-filter-change";
  constructor(
    /** The words searched for (the search box's value). */
    readonly query: string,
    /** The selected topics' facet keys ("Information Technology > Artificial Intelligence"). */
    readonly facets: readonly string[],
    /** The minimum confidence, 0..1. */
    readonly minConfidence: number,
    /** The order of the papers. */
    readonly sort: PaperSortOrder,
  ) {
    super(PaperFilterChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    "paper-abstract-toggle": PaperAbstractToggleEvent;
    "paper-filter-change": PaperFilterChangeEvent;
  }
}
