import type { TimeZoneMode } from "@lectern/core";
import { html, nothing, type TemplateResult } from "lit";
import type { ClockController } from "../shared/clock-controller.js";
import type { UnreadableVersion } from "../shared/previous-version-controller.js";
import { renderUnreadableVersion } from "../shared/render-problems.js";
import { tabChoices } from "./day-address.js";
import { renderDayPanel, renderUntimed } from "./day-list.js";
import { renderDayTabs } from "./day-tabs.js";
import { dayViewContextOf, type DayViewInputs } from "./day-view-context-of.js";
import type { GridFilters } from "./grid-filters.js";
import { renderTalkDialog } from "./talk-dialog.js";
import { talkDialogContextOf, type TalkDialogInputs } from "./talk-dialog-context-of.js";
import { renderToolbar } from "./toolbar.js";

/** Everything a loaded `<schedule-grid>` is drawn from: its state, controllers and setters. */
export interface ScheduleGridParts extends DayViewInputs, TalkDialogInputs {
  readonly mode: TimeZoneMode;
  readonly filters: GridFilters;
  readonly filtersOpen: boolean;
  readonly clock: ClockController;
  readonly onMode: (mode: TimeZoneMode) => void;
  readonly onFilters: (filters: GridFilters) => void;
  readonly onFiltersOpen: (open: boolean) => void;
  /** The visitor chose a day (a date or `everyDay`) by its tab. */
  readonly onSelectDay: (choice: string) => void;
  /** Why the previous version (`previous-src`) could not be read, when it could not. */
  readonly previousProblems?: UnreadableVersion;
}

/**
 * A loaded program's toolbar, day tabs (for several days), day panel, untimed items and talk
 * dialog, each drawn from its context built here, so that the element only holds state.
 */
export function renderScheduleGridBody(parts: ScheduleGridParts): TemplateResult {
  const { strings, program, view, locale, favourites } = parts;
  const days = view.schedule.days;
  const dayContext = dayViewContextOf(parts);
  return html`
    ${renderUnreadableVersion(parts.previousProblems, parts.ui)}
    ${renderToolbar({
      strings,
      program,
      view,
      locale,
      viewerZone: parts.viewerZone,
      mode: parts.mode,
      filters: parts.filters,
      favouriteCount: favourites.ids.size,
      // What the download would hold: favourites with a time that the filters show (counted
      // only once there are favourites, so a first paint pays nothing).
      downloadableFavourites:
        favourites.ids.size === 0
          ? 0
          : view.schedule.items.filter((entry) => favourites.ids.has(entry.id) && view.isVisible(entry)).length,
      filtersOpen: parts.filtersOpen,
      visibleCount: () => [...view.schedule.items, ...view.schedule.untimed].filter(view.isVisible).length,
      onMode: parts.onMode,
      onFilters: parts.onFilters,
      onFiltersOpen: parts.onFiltersOpen,
      onDownloadFavourites: () =>
        favourites.download(view.schedule.items.filter(view.isVisible), parts.clock.nowMs, parts.ui),
    })}
    ${
      days.length > 1
        ? renderDayTabs({
            strings,
            locale,
            days,
            selected: parts.selected,
            onSelect: parts.onSelectDay,
            onKeydown: (event) =>
              parts.keyboardFocus.onTabKeydown(event, tabChoices(days), parts.selected, parts.onSelectDay),
          })
        : nothing
    }
    ${renderDayPanel(dayContext)}
    ${view.schedule.untimed.some((entry) => entry.date === undefined) ? renderUntimed(dayContext) : nothing}
    ${renderTalkDialog(talkDialogContextOf(parts))}
  `;
}
