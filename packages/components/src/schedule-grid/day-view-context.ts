import type { Id, Program, ResolvedItem, UntimedItem } from "@lectern/core";
import type { UiStrings } from "../shared/ui-strings.js";
import type { CellModel, CellPlacement } from "./cells.js";
import type { GridPlacement } from "./grid-layout.js";
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
  /** The item of a day's grid that Tab reaches. */
  readonly tabStopOf: (date: string, placements: readonly GridPlacement[]) => Id | undefined;
  readonly onGridKeydown: (event: KeyboardEvent, date: string, placements: readonly GridPlacement[]) => void;
  /** One listener for every cell: the star toggles a favourite; the link opens the talk. */
  readonly onCellClick: (event: MouseEvent) => void;
  readonly onCellFocus: (event: FocusEvent, date: string) => void;
}
