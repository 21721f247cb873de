import type { Id } from "@lectern/core";
import type { DrawnCell } from "./cells.js";

/** True for the comment Lit SSR opens a part with: what follows is the server's markup. */
export function isServerPartMarker(node: Node | null): node is Comment {
  return node?.nodeType === Node.COMMENT_NODE && (node as Comment).data.startsWith("lit-part");
}

function withoutComments(root: Element): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const comments: ChildNode[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode as ChildNode);
  for (const comment of comments) comment.remove();
  // "9:00 – 9:10 AM" and its trailing space were two text nodes between markers; one again.
  root.normalize();
}

function drawnOf(root: HTMLElement, cell: HTMLElement): DrawnCell | undefined {
  const open = cell.querySelector<HTMLAnchorElement>("a.open");
  const [when, title, who] = ["when", "title", "who"].map((name) => open?.querySelector<HTMLElement>(`.${name}`));
  const star = cell.querySelector<HTMLElement>("button.fav");
  if (!open || !when || !title || !who || !star) return undefined;
  return { root, cell, open, when, title, who, star, change: open.querySelector<HTMLElement>(".change") ?? undefined };
}

/**
 * Takes over the cells Lit SSR wrote for `cells()` (cells-markup.ts), between the part's
 * start marker and its end marker, keyed by item id, so that hydration keeps them instead of
 * drawing every cell again beside them. The server's markers inside the part go: Lit's
 * hydration walks the comments after this directive ran, and a cell is not a template of its
 * own in the browser, so it must find the part's end marker next. Anything else between the
 * markers (a cell of an unknown shape, whitespace) goes too.
 */
export function adoptServerCells(start: Comment): Map<Id, DrawnCell> {
  const adopted = new Map<Id, DrawnCell>();
  let depth = 0;
  for (let node = start.nextSibling; node !== null;) {
    const next = node.nextSibling;
    if (node.nodeType === Node.COMMENT_NODE) {
      const data = (node as Comment).data;
      if (data.startsWith("/lit-part") && depth-- === 0) break;
      if (data.startsWith("lit-part")) depth += 1;
    }
    const root = node instanceof HTMLElement ? node : undefined;
    const cell = root?.classList.contains("cell") ? root : root?.querySelector<HTMLElement>(":scope > .cell");
    const itemId = cell?.dataset["itemId"];
    const drawn = root && cell && itemId !== undefined ? drawnOf(root, cell) : undefined;
    if (root && drawn && itemId !== undefined) {
      withoutComments(root);
      adopted.set(itemId, drawn);
    } else node.remove();
    node = next;
  }
  return adopted;
}
