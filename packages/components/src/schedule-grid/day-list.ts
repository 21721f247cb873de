import { formatDayHeading, type Id, type ResolvedItem, type ScheduleDay, type UntimedItem } from "@lectern/core";
import { html, nothing, type TemplateResult } from "lit";
import { cells } from "./cells.js";
import { everyDay, sessionAnchorOf } from "./day-address.js";
import { renderDayGrid } from "./day-grid.js";
import { tabIdOf } from "./day-tabs.js";
import type { DayViewContext } from "./day-view-context.js";
import { renderSessionHeading } from "./session-heading.js";
import { groupBySession } from "./session-groups.js";
import { sessionsById } from "./sessions-by-id.js";

/**
 * A day's list grouped under its sessions: each session a section with its heading band
 * (title, time, room, chairs) and the `#session-<id>` anchor; items in no session between them.
 * Only a session's first run carries the anchor, so ids stay unique.
 */
function renderSessionGroups(context: DayViewContext, items: readonly ResolvedItem[]): TemplateResult {
  if (items.length === 0) return html`<p class="note">${context.strings.noMatches}</p>`;
  const anchored = new Set<Id>();
  return html`${groupBySession(items, sessionsById(context.view.schedule)).map((group) => {
    if (!group.session) return renderCellList(context, group.entries);
    const anchor = anchored.has(group.session.id) ? undefined : sessionAnchorOf(group.session.id);
    anchored.add(group.session.id);
    return html`<section
      class="session"
      id=${anchor ?? nothing}
      tabindex=${anchor ? "-1" : nothing}
      aria-labelledby=${anchor ? `${anchor}-title` : nothing}
      data-session-id=${group.session.id}
    >
      ${renderSessionHeading(context, group.session)} ${renderCellList(context, group.entries)}
    </section>`;
  })}`;
}

/** A day's items that have its date but no time, under a visible "Time not announced". */
export function renderDatedUntimed(context: DayViewContext, day: ScheduleDay): TemplateResult | typeof nothing {
  const items = day.untimed.filter(context.view.isVisible);
  if (items.length === 0) return nothing;
  return html`<section class="time-not-announced" aria-labelledby="tna-${day.date}">
    <h3 id="tna-${day.date}">${context.ui.timeNotAnnounced}</h3>
    ${renderCellList(context, items)}
  </section>`;
}

/** The list view's items (or "no matches"): each cell an `<li>` that says its own time and room. */
function renderCellList(context: DayViewContext, items: readonly (ResolvedItem | UntimedItem)[]): TemplateResult {
  if (items.length === 0) return html`<p class="note">${context.strings.noMatches}</p>`;
  return html`<ol part="list" class="list" @click=${context.onCellClick}>
    ${cells(
      items.map((entry) => context.modelCell(entry, true)),
      true,
    )}
  </ol>`;
}

/** One day's list under its heading; `isPanel` as for `renderDayGrid`. */
export function renderDayList(context: DayViewContext, day: ScheduleDay, isPanel: boolean): TemplateResult {
  const items = day.items.filter(context.view.isVisible);
  const isTab = isPanel && context.hasTabs;
  return html`<div
    id=${isPanel ? "day-panel" : nothing}
    role=${isTab ? "tabpanel" : nothing}
    aria-labelledby=${isTab ? tabIdOf(context.selected!) : nothing}
  >
    <h2 class="day-heading">${formatDayHeading(day.date, { locale: context.locale })}</h2>
    ${day.items.length > 0 || day.untimed.length === 0 ? renderSessionGroups(context, items) : nothing}
    ${renderDatedUntimed(context, day)}
  </div>`;
}

/** Every day, one under another, each under its heading: the days with nothing to show are left out. */
function renderEveryDay(context: DayViewContext, days: readonly ScheduleDay[]): TemplateResult {
  const shown = days.filter((day) => [...day.items, ...day.untimed].some(context.view.isVisible));
  return html`<div id="day-panel" role="tabpanel" aria-labelledby=${tabIdOf(everyDay)}>
    ${
      shown.length === 0
        ? html`<p class="note">${context.strings.noMatches}</p>`
        : shown.map((day) =>
            context.showList
              ? renderDayList(context, day, false)
              : html`<section class="day" aria-labelledby="day-${day.date}">
                  <h2 class="day-heading" id="day-${day.date}">
                    ${formatDayHeading(day.date, { locale: context.locale })}
                  </h2>
                  ${day.items.length > 0 ? renderDayGrid(context, day, false) : nothing}
                  ${renderDatedUntimed(context, day)}
                </section>`,
          )
    }
  </div>`;
}

/** The selected tab's panel: one day's grid or list, or every day; nothing when no day is selected. */
export function renderDayPanel(context: DayViewContext): TemplateResult | typeof nothing {
  const days = context.view.schedule.days;
  if (context.selected === everyDay) return renderEveryDay(context, days);
  const day = days.find((candidate) => candidate.date === context.selected);
  if (!day) return nothing;
  // A day with only untimed items has no grid to draw: its list is the panel.
  if (context.showList || (day.items.length === 0 && day.untimed.length > 0)) return renderDayList(context, day, true);
  return html`${renderDayGrid(context, day, true)}${renderDatedUntimed(context, day)}`;
}

/** The items with no time: a tentative program (with the organisers' note) or the not yet scheduled. */
export function renderUntimed(context: DayViewContext): TemplateResult {
  const { program, strings } = context;
  // Items with a date are on their day ("time not announced"), not here.
  const items = context.view.schedule.untimed.filter(
    (entry) => entry.date === undefined && context.view.isVisible(entry),
  );
  const tentative = program.event.schedule?.status === "tentative";
  return html`<section aria-labelledby="untimed-heading">
    <h2 class="day-heading" id="untimed-heading">${tentative ? strings.tentativeProgram : strings.unscheduled}</h2>
    ${tentative && program.event.schedule?.note ? html`<p class="note">${program.event.schedule.note}</p>` : nothing}
    ${renderCellList(context, items)}
  </section>`;
}
