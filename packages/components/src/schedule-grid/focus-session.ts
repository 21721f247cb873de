import type { ResolvedSession } from "@lectern/core";
import { sessionAnchorOf } from "./day-address.js";

/**
 * Brings a session into view and gives it the focus (the `#session-<id>` deep link): its
 * section in the list, or its first item's cell in the grid, which draws no section.
 */
export function focusSession(root: ParentNode, session: ResolvedSession): void {
  const first = session.itemIds[0] ?? "";
  const anchor =
    root.querySelector<HTMLElement>(`#${CSS.escape(sessionAnchorOf(session.id))}`) ??
    root.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(first)}"] .open`);
  anchor?.scrollIntoView({ block: "start" });
  anchor?.focus({ preventScroll: true });
}
