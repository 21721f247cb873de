import type { Program, ResolvedItem, UntimedItem } from "@lectern/core";
import type { UiStrings } from "../shared/ui-strings.js";
import type { CellModel, CellPlacement } from "./cells.js";
import type { GridTarget } from "./grid-targets.js";
import type { ScheduleGridStrings } from "./schedule-grid.strings.js";
import type { GridView } from "./schedule-grid-view.js";

/** What the day panels (grid, list, every day, untimed items) show and whom they tell. */
export interface DayViewContext {
  readonly strings: ScheduleGridStrings;
  /** The texts shared with `<talk-card>` ("Chair", "Time not announced"). */
  readonly ui: UiStrings;
  readonly locale: string;
  readonly program: Program;
  readonly view: GridView;
  /** Day tabs are drawn (a program of several days): the selected day's panel is a tabpanel. */
  readonly hasTabs: boolean;
  /** The selected tab's choice: a date, or `everyDay`. */
  readonly selected?: string;
  /** Draws the list instead of the grid (the `view` attribute, a single track, a narrow element). */
  readonly showList: boolean;
  readonly nowMs: number;
  /** The model of an item's cell; a grid cell has a placement, a list item none. */
  readonly modelCell: (entry: ResolvedItem | UntimedItem, focusable: boolean, placement?: CellPlacement) => CellModel;
  /** The key of the cell of a day's grid that Tab reaches (an item's id, or a session cell's key). */
  readonly tabStopOf: (date: string, targets: readonly GridTarget[]) => string | undefined;
  /** Arrow keys, Home and End between the cells (items and concurrent sessions) of a day's grid. */
  readonly onGridKeydown: (event: KeyboardEvent, date: string, targets: readonly GridTarget[]) => void;
  /** One listener for every cell: the star toggles a favourite; the link opens the talk. */
  readonly onCellClick: (event: MouseEvent) => void;
  readonly onCellFocus: (event: FocusEvent, date: string) => void;
}
