import type { Id, Program, TimeZoneMode } from "@lectern/core";
import { Memo } from "../shared/memo.js";
import type { UiStrings } from "../shared/ui-strings.js";
import { itemFilterOf, type GridFilters } from "./grid-filters.js";
import { viewScheduleGrid, type GridView } from "./schedule-grid-view.js";

/** The visitor's choices a grid view is worked out from. */
export interface GridViewInputs {
  readonly mode: TimeZoneMode;
  readonly viewerZone: string;
  readonly locale: string;
  readonly ui: UiStrings;
  readonly filters: GridFilters;
  /** The favourite ids; they change the view only while "favourites only" is on. */
  readonly favourites: ReadonlySet<Id>;
}

/**
 * The grid view of a program, remembered until one of its inputs changes. On FOSDEM the
 * view takes 5 to 10 ms: a day switch, a focus move or the clock's tick reuse it.
 */
export class GridViewCache {
  private readonly views = new Memo<
    [Program, TimeZoneMode, string, string, UiStrings, GridFilters, false | ReadonlySet<Id>],
    GridView
  >();

  /** The view of `program` for these choices. */
  viewOf(program: Program, inputs: GridViewInputs): GridView {
    const { mode, viewerZone, locale, ui, filters, favourites } = inputs;
    // The favourites are an input only while they filter, so that a star's toggle elsewhere keeps the view.
    const favouritesShown = filters.favouritesOnly && favourites;
    return this.views.get(
      [program, mode, viewerZone, locale, ui, filters, favouritesShown],
      (program, mode, viewerZone, locale, ui, filters) =>
        viewScheduleGrid(
          program,
          { mode, viewerZone, locale, filter: itemFilterOf(filters, favourites) },
          (kind) => ui.kinds[kind],
        ),
    );
  }
}
