import type { Item } from "@lectern/core";
import { html, nothing, type TemplateResult } from "lit";
import { presentationMark } from "../shared/presentation-mark.js";
import { renderSessionLinks } from "../shared/render-session-links.js";
import { styleProperties } from "../shared/style-properties.js";
import type { DayViewContext } from "./day-view-context.js";
import { hrefOfTalk, sessionAnchorOf } from "./day-address.js";
import { sessionTargetKey } from "./grid-targets.js";
import type { SessionBlock } from "./session-blocks.js";
import { describeSessionInGrid } from "./session-details.js";

/** How many of a concurrent session's items its cell lists before the visitor asks for more. */
export const sessionPreviewCount = 3;

/**
 * Opens or closes the rest of a session cell's list. The state lives in the DOM
 * (`aria-expanded`, and the list's `open` class that the styles read): Lit only rewrites a
 * binding whose value changed, so a re-render keeps it.
 */
function toggle(event: Event): void {
  const button = event.currentTarget as HTMLButtonElement;
  const open = button.getAttribute("aria-expanded") !== "true";
  button.setAttribute("aria-expanded", String(open));
  button.nextElementSibling?.classList.toggle("open", open);
}

/**
 * " · Board 12 · Remote" after an item's title in a session cell: where it stands and, in
 * words, a remote or hybrid presentation (in person, the default, is not said).
 */
function describeBoardAndPresentation(context: DayViewContext, item: Item): string {
  const presented = presentationMark(item.presentation, context.ui);
  return `${item.board === undefined ? "" : ` · ${context.ui.board} ${item.board}`}${presented ? ` · ${presented}` : ""}`;
}

/**
 * A concurrent session (a poster session) as ONE grid cell: its title, its chairs and room on
 * one line (the words of a sequence session's band), and its first
 * {@link sessionPreviewCount} items with their board (and "Remote" or "Hybrid"); when it has
 * more, a "+N more" button (nothing is cut without a sign) shows the rest. Each item's link opens the talk dialog as
 * any cell's does (the grid's one click listener reads `data-item-id`). The button is a stop
 * of the grid's arrow-key navigation (`data-nav-key`), the tab stop when `focused` is its key.
 * The session's own links (its call, its stream) come under its chairs, on the button's line
 * (a one-row cell has no height for one more) and above the list that scrolls, so they are
 * never scrolled away: Tab stops of their own, as the items' links are, from which the arrow
 * keys move on as from the cell.
 */
export function renderSessionCell(
  context: DayViewContext,
  block: SessionBlock,
  nth = 0,
  focused?: string,
): TemplateResult {
  const { session, entries } = block;
  const key = sessionTargetKey(session.id, nth);
  // A session over several rooms has a block per room: only the first is the `#session-<id>` anchor.
  const anchor = sessionAnchorOf(session.id);
  const local = nth === 0 ? anchor : `${anchor}-${nth + 1}`;
  const details = describeSessionInGrid(context, session);
  return html`<div
    class="session-cell"
    id=${nth === 0 ? anchor : nothing}
    tabindex=${nth === 0 ? "-1" : nothing}
    role="group"
    aria-labelledby=${`${local}-title`}
    data-session-id=${session.id}
    data-nav-key=${key}
    style=${styleProperties({ "grid-row": `${block.rowStart} / ${block.rowEnd}`, "grid-column": `${block.columnStart} / ${block.columnEnd}` })}
  >
    <span class="session-title" id=${`${local}-title`}>${session.title}</span>
    ${details ? html`<span class="session-details" title=${details}>${details}</span>` : nothing}
    ${renderSessionLinks(session, context.ui)}
    ${
      entries.length > sessionPreviewCount
        ? html`<button
            type="button"
            tabindex=${key === focused ? "0" : "-1"}
            aria-expanded="false"
            aria-controls=${`${local}-items`}
            @click=${toggle}
          >
            <span class="more">${context.strings.sessionMore(entries.length - sessionPreviewCount)}</span
            ><span class="fewer">${context.strings.sessionFewer}</span>
          </button>`
        : nothing
    }
    <ol class="session-items" id=${`${local}-items`}>
      ${entries.map(
        (entry) =>
          html`<li data-item-id=${entry.id}>
            <a class="open" href=${hrefOfTalk(entry.id)}
              >${entry.item.title ?? context.ui.kinds[entry.item.kind]}${describeBoardAndPresentation(context, entry.item)}</a
            >
          </li>`,
      )}
    </ol>
  </div>`;
}
