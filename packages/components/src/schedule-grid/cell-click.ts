import type { Id } from "@lectern/core";

/** What a click in the grid or a list asks for: toggle an item's favourite, or open the item. */
export interface CellClick {
  readonly action: "favourite" | "open";
  readonly id: Id;
}

/**
 * Reads one click anywhere in the cells (one listener for all of them): the star toggles a
 * favourite; a plain click on the link opens the talk in the dialog. A modified click (new
 * tab, copy link) or a click outside a cell asks nothing: the browser keeps its own handling.
 */
export function readCellClick(event: MouseEvent): CellClick | undefined {
  const target = event.target as Element;
  const id = target.closest<HTMLElement>("[data-item-id]")?.dataset["itemId"];
  if (id === undefined) return undefined;
  if (target.closest(".fav")) return { action: "favourite", id };
  if (
    !target.closest(".open") ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey
  )
    return undefined;
  return { action: "open", id };
}
