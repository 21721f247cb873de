import { html, nothing, type TemplateResult } from "lit";
import { renderSessionLinks, sessionWebLinks } from "../shared/render-session-links.js";
import { styleProperties } from "../shared/style-properties.js";
import type { DayViewContext } from "./day-view-context.js";
import { sessionAnchorOf } from "./day-address.js";
import type { SessionBand } from "./session-blocks.js";
import { describeSessionInGrid } from "./session-details.js";

/**
 * A sequence session in the grid: a frame over its talks' cells whose header band names the
 * session, its chairs and its room, and links to its call and stream. Its talks stay cells of
 * their own (arrow keys and the dialog work as elsewhere); the band is drawn behind them and
 * takes no clicks but on its links, which are Tab stops of their own outside the arrow keys'
 * order, as each cell's star is. A band with links is one line wider (`linked`), and so is the
 * room its talks' cells leave beside them (day-grid's `insideBand`).
 */
export function renderSessionBand(context: DayViewContext, band: SessionBand, nth = 0): TemplateResult {
  const { session } = band;
  // A session over several rooms has a block per room: only the first is the `#session-<id>` anchor.
  const anchor = sessionAnchorOf(session.id);
  const local = nth === 0 ? anchor : `${anchor}-${nth + 1}`;
  const details = describeSessionInGrid(context, session);
  return html`<div
    class=${sessionWebLinks(session).length > 0 ? "session-band linked" : "session-band"}
    id=${nth === 0 ? anchor : nothing}
    tabindex=${nth === 0 ? "-1" : nothing}
    role="group"
    aria-labelledby=${`${local}-title`}
    data-session-id=${session.id}
    style=${styleProperties({ "grid-row": `${band.rowStart} / ${band.rowEnd}`, "grid-column": `${band.columnStart} / ${band.columnEnd}` })}
  >
    <span class="session-title" id=${`${local}-title`}>${session.title}</span>
    ${details ? html`<span class="session-details">${details}</span>` : ""} ${renderSessionLinks(session, context.ui)}
  </div>`;
}
