import type { Id, Program } from "@lectern/core";
import type { ChangeMark } from "../shared/change-marks.js";
import type { MathController } from "../shared/math-controller.js";
import type { UiStrings } from "../shared/ui-strings.js";
import { readCellClick } from "./cell-click.js";
import { drawTitleWith, modelCell } from "./cell-model.js";
import type { DayViewContext } from "./day-view-context.js";
import type { FavouritesController } from "./favourites-controller.js";
import type { GridFocusController } from "./grid-focus-controller.js";
import type { ScheduleGridStrings } from "./schedule-grid.strings.js";
import type { GridView } from "./schedule-grid-view.js";

/** The element's state and controllers the day panels are drawn from. */
export interface DayViewInputs {
  readonly program: Program;
  readonly view: GridView;
  readonly locale: string;
  readonly ui: UiStrings;
  readonly strings: ScheduleGridStrings;
  readonly nowMs: number;
  /** The selected tab's choice: a date, or `everyDay`. */
  readonly selected?: string;
  readonly showList: boolean;
  readonly math: MathController;
  readonly favourites: FavouritesController;
  /** What changed about each item since the previous version; empty without one. */
  readonly marks: ReadonlyMap<Id, ChangeMark>;
  readonly keyboardFocus: GridFocusController;
  /** Opens an item in the talk dialog. */
  readonly openTalk: (id: Id) => void;
}

/**
 * Whether the list is drawn instead of the grid: `view="list"`, or `auto` on a single-track
 * program or an element narrower than `narrowWidth` (px).
 */
export function showsList(
  viewAttribute: "auto" | "grid" | "list",
  singleTrack: boolean,
  width: number,
  narrowWidth: number,
): boolean {
  return viewAttribute === "list" || (viewAttribute === "auto" && (singleTrack || width < narrowWidth));
}

/**
 * The context of the day panels (grid, list, every day, untimed items): what they show, and
 * the listeners that send the visitor's clicks, keys and focus to the element's controllers.
 */
export function dayViewContextOf(inputs: DayViewInputs): DayViewContext {
  const { program, view, locale, strings, nowMs, favourites, keyboardFocus } = inputs;
  const cellContext = {
    program,
    view,
    locale,
    ui: inputs.ui,
    text: strings,
    nowMs,
    favourites: favourites.ids,
    marks: inputs.marks,
    drawTitle: drawTitleWith(inputs.math),
  };
  return {
    strings,
    ui: inputs.ui,
    locale,
    program,
    view,
    hasTabs: view.schedule.days.length > 1,
    selected: inputs.selected,
    showList: inputs.showList,
    nowMs,
    modelCell: (entry, focusable, placement) => modelCell(entry, cellContext, focusable, placement),
    tabStopOf: (date, targets) => keyboardFocus.tabStopOf(date, targets),
    onGridKeydown: (event, date, targets) => keyboardFocus.onGridKeydown(event, date, targets),
    onCellClick: (event) => {
      const click = readCellClick(event);
      if (click?.action === "favourite") return favourites.toggle(click.id);
      if (!click) return;
      event.preventDefault();
      inputs.openTalk(click.id);
    },
    onCellFocus: (event, date) => keyboardFocus.onFocusIn(event, date),
  };
}
