import { formatTimeRange, type ResolvedSession } from "@lectern/core";
import { html, nothing, type TemplateResult } from "lit";
import { renderSessionLinks } from "../shared/render-session-links.js";
import type { DayViewContext } from "./day-view-context.js";
import { sessionAnchorOf } from "./day-address.js";
import { describeSessionChairs, describeSessionRooms } from "./session-details.js";

/**
 * A session's heading band in the list: its title, then its time, room(s) and chairs, and its
 * links (a video call, a chat). The
 * section carries the `#session-<id>` anchor (focusable by script, for the deep link).
 */
export function renderSessionHeading(context: DayViewContext, session: ResolvedSession): TemplateResult {
  const time =
    session.startMs !== undefined && session.endMs !== undefined
      ? formatTimeRange(session.startMs, session.endMs, { zone: context.view.zone, locale: context.locale })
      : "";
  const details = [time, describeSessionRooms(context, session), describeSessionChairs(context, session)]
    .filter(Boolean)
    .join(" · ");
  const links = renderSessionLinks(session, context.ui);
  return html`<header class="session-heading">
    <h3 id=${`${sessionAnchorOf(session.id)}-title`}>${session.title}</h3>
    ${details ? html`<p class="session-details">${details}</p>` : ""}
    ${links === nothing ? "" : html`<p class="session-details">${links}</p>`}
  </header>`;
}
