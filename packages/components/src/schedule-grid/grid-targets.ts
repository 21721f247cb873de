import type { GridPlacement } from "./grid-layout.js";
import type { NavigableCell } from "./grid-navigation.js";
import type { SessionBlock } from "./session-blocks.js";

/**
 * One stop of the grid's arrow-key navigation: an item's cell (its key is the item's id) or a
 * concurrent session's cell (see {@link sessionTargetKey}), with where it sits in the grid.
 */
export interface GridTarget extends NavigableCell {
  readonly key: string;
}

/**
 * The navigation key of a concurrent session's `nth` block. Ids never hold a space, so it
 * never equals an item's id.
 */
export function sessionTargetKey(sessionId: string, nth: number): string {
  return `session ${sessionId} ${nth}`;
}

/**
 * Every stop of a day grid's navigation: its item cells, then its session cells (`nths[i]`
 * is the block's number among its session's blocks, as drawn).
 */
export function gridTargets(
  placements: readonly GridPlacement[],
  blocks: readonly SessionBlock[],
  nths: readonly number[],
): GridTarget[] {
  const place = ({ rowStart, rowEnd, columnStart, columnEnd }: NavigableCell) => ({
    rowStart,
    rowEnd,
    columnStart,
    columnEnd,
  });
  return [
    ...placements.map((placement) => ({ key: placement.entry.id, ...place(placement) })),
    ...blocks.map((block, index) => ({ key: sessionTargetKey(block.session.id, nths[index] ?? 0), ...place(block) })),
  ];
}

/**
 * The navigation key of the cell an event's target belongs to: a session cell's button (or
 * anything inside that cell, such as its list's links) answers the session's key; an item
 * cell's link, the item's id; anything else, `undefined`.
 */
export function targetKeyOf(target: Element): string | undefined {
  const session = target.closest<HTMLElement>(".session-cell");
  if (session) return session.dataset["navKey"];
  return target.closest<HTMLElement>(".open")?.parentElement?.dataset["itemId"];
}

/**
 * The element that takes the focus for a navigation key: a session cell's "+N more" button
 * (before its list), or its first item's link when it lists every item; an item cell's link.
 */
export function findTargetElement(root: ParentNode, key: string): HTMLElement | null {
  return (
    root.querySelector<HTMLElement>(`.session-cell[data-nav-key="${CSS.escape(key)}"] :is(button, .open)`) ??
    root.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(key)}"] .open`)
  );
}
