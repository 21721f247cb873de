import { html, nothing, type TemplateResult } from "lit";
import { styleProperties } from "../shared/style-properties.js";
import type { DayViewContext } from "./day-view-context.js";
import { hrefOfTalk, sessionAnchorOf } from "./day-address.js";
import { sessionTargetKey } from "./grid-targets.js";
import type { SessionBlock } from "./session-blocks.js";

/**
 * Opens or closes a session cell's list. The state lives in the DOM (`aria-expanded`,
 * `hidden`): Lit only rewrites a binding whose value changed, so a re-render keeps it.
 */
function toggle(event: Event): void {
  const button = event.currentTarget as HTMLButtonElement;
  const open = button.getAttribute("aria-expanded") !== "true";
  button.setAttribute("aria-expanded", String(open));
  const list = button.parentElement?.querySelector<HTMLElement>(".session-items");
  if (list) list.hidden = !open;
}

/**
 * A concurrent session (a poster session) as ONE grid cell: its title, how many items, and a
 * disclosure that lists them with their board; each item's link opens the talk dialog as any
 * cell's does (the grid's one click listener reads `data-item-id`). Its button is a stop of
 * the grid's arrow-key navigation (`data-nav-key`), the tab stop when `focused` is its key.
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
    <button
      type="button"
      tabindex=${key === focused ? "0" : "-1"}
      aria-expanded="false"
      aria-controls=${`${local}-items`}
      @click=${toggle}
    >
      ${context.strings.sessionItems(entries.length)}
    </button>
    <ol class="session-items" id=${`${local}-items`} hidden>
      ${entries.map(
        (entry) =>
          html`<li data-item-id=${entry.id}>
            <a class="open" href=${hrefOfTalk(entry.id)}
              >${entry.item.title ?? context.ui.kinds[entry.item.kind]}${
                entry.item.board === undefined ? "" : ` · ${context.ui.board} ${entry.item.board}`
              }</a
            >
          </li>`,
      )}
    </ol>
  </div>`;
}
