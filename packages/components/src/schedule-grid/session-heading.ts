import { describePerson, formatTimeRange, indexProgram, type ResolvedSession } from "@lectern/core";
import { html, type TemplateResult } from "lit";
import type { DayViewContext } from "./day-view-context.js";
import { sessionAnchorOf } from "./day-address.js";

/**
 * A session's heading band in the list: its title, then its time, room(s) and chairs. The
 * section carries the `#session-<id>` anchor (focusable by script, for the deep link).
 */
export function renderSessionHeading(context: DayViewContext, session: ResolvedSession): TemplateResult {
  const index = indexProgram(context.program);
  const rooms = session.roomIds.map((roomId) => index.rooms.get(roomId)?.value.name ?? roomId).join(", ");
  const time =
    session.startMs !== undefined && session.endMs !== undefined
      ? formatTimeRange(session.startMs, session.endMs, { zone: context.view.zone, locale: context.locale })
      : "";
  const chairs = session.chairs.map((person) => describePerson(person) ?? context.ui.nameToBeAnnounced).join(", ");
  const details = [time, rooms, chairs ? `${context.ui.chair}: ${chairs}` : ""].filter(Boolean).join(" · ");
  return html`<header class="session-heading">
    <h3 id=${`${sessionAnchorOf(session.id)}-title`}>${session.title}</h3>
    ${details ? html`<p class="session-details">${details}</p>` : ""}
  </header>`;
}
