import { formatDayHeading, type ResolvedItem, type ScheduleDay, type UntimedItem } from "@lectern/core";
import { html, nothing, type TemplateResult } from "lit";
import { cells } from "./cells.js";
import { everyDay } from "./day-address.js";
import { renderDayGrid } from "./day-grid.js";
import { tabIdOf } from "./day-tabs.js";
import type { DayViewContext } from "./day-view-context.js";

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
    ${renderCellList(context, items)}
  </div>`;
}

/** Every day, one under another, each under its heading: the days with nothing to show are left out. */
function renderEveryDay(context: DayViewContext, days: readonly ScheduleDay[]): TemplateResult {
  const shown = days.filter((day) => day.items.some(context.view.isVisible));
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
                  ${renderDayGrid(context, day, false)}
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
  return context.showList ? renderDayList(context, day, true) : renderDayGrid(context, day, true);
}

/** The items with no time: a tentative program (with the organisers' note) or the not yet scheduled. */
export function renderUntimed(context: DayViewContext): TemplateResult {
  const { program, strings } = context;
  const items = context.view.schedule.untimed.filter(context.view.isVisible);
  const tentative = program.event.schedule?.status === "tentative";
  return html`<section aria-labelledby="untimed-heading">
    <h2 class="day-heading" id="untimed-heading">${tentative ? strings.tentativeProgram : strings.unscheduled}</h2>
    ${tentative && program.event.schedule?.note ? html`<p class="note">${program.event.schedule.note}</p>` : nothing}
    ${renderCellList(context, items)}
  </section>`;
}
