import { describeEventZone, formatZoneName, type Program, type TimeZoneMode } from "@lectern/core";
import { html, nothing, type TemplateResult } from "lit";
import { isFiltered, noFilters, type GridFilters } from "./grid-filters.js";
/**
 * `.checked` for a box: `nothing` when unchecked, which Lit sets as `undefined` (unchecked) in
 * the browser, while Lit SSR writes no attribute (it would write `checked="false"`, which
 * HTML reads as checked: every radio of the static page would be on).
 */
function checkedOrNothing(checked: boolean): true | typeof nothing {
  return checked || nothing;
}

import type { ScheduleGridStrings } from "./schedule-grid.strings.js";
import type { FilterOption, GridView } from "./schedule-grid-view.js";

/** What the toolbar shows and whom it tells about the visitor's choices. */
export interface ToolbarContext {
  readonly strings: ScheduleGridStrings;
  readonly program: Program;
  readonly view: GridView;
  readonly locale: string;
  readonly viewerZone: string;
  readonly mode: TimeZoneMode;
  readonly filters: GridFilters;
  readonly favouriteCount: number;
  /** The favourites a calendar download would hold (timed, shown): none disables it, as an empty calendar is no file. */
  readonly downloadableFavourites: number;
  /** Whether the filters' `<details>` is open: its checkboxes are drawn only then. */
  readonly filtersOpen: boolean;
  /** The number of items the filters let through. */
  readonly visibleCount: () => number;
  readonly onMode: (mode: TimeZoneMode) => void;
  readonly onFilters: (filters: GridFilters) => void;
  readonly onFiltersOpen: (open: boolean) => void;
  readonly onDownloadFavourites: () => void;
}

function renderCheckboxGroup<T extends string>(
  legend: string,
  options: readonly FilterOption<T>[],
  selected: ReadonlySet<T>,
  update: (next: Set<T>) => void,
): TemplateResult | typeof nothing {
  if (options.length < 2) return nothing;
  return html`<fieldset>
    <legend>${legend}</legend>
    ${options.map(
      (option) =>
        html`<label
          ><input
            type="checkbox"
            .checked=${checkedOrNothing(selected.has(option.value))}
            @change=${(event: Event) => {
              const next = new Set(selected);
              if ((event.target as HTMLInputElement).checked) next.add(option.value);
              else next.delete(option.value);
              update(next);
            }}
          />${option.label} (${option.count})</label
        >`,
    )}
  </fieldset>`;
}

function renderTimeZoneChoice(context: ToolbarContext): TemplateResult {
  const { strings, program, view, locale } = context;
  const firstStartMs = view.schedule.items[0]!.startMs;
  const choices = [
    ["event", `${strings.eventTime} (${describeEventZone(program.event, firstStartMs, locale)})`],
    ["viewer", `${strings.viewerTimeOption} (${formatZoneName(context.viewerZone, firstStartMs, { locale })})`],
    ["both", strings.bothTimes],
  ] as const;
  return html`<fieldset>
    <legend>${strings.timeZone}</legend>
    ${choices.map(
      ([mode, label]) =>
        html`<label
          ><input
            type="radio"
            name="time-zone"
            .checked=${checkedOrNothing(context.mode === mode)}
            @change=${() => context.onMode(mode)}
          />${label}</label
        >`,
    )}
  </fieldset>`;
}

function renderFilterGroups(context: ToolbarContext): TemplateResult {
  const { strings, view, filters, onFilters } = context;
  return html`<div class="filter-groups">
    ${renderCheckboxGroup(strings.kindsFilterLabel, view.kinds, filters.kinds, (kinds) => onFilters({ ...filters, kinds }))}
    ${renderCheckboxGroup(strings.tracksFilterLabel, view.tracks, filters.tracks, (tracks) => onFilters({ ...filters, tracks }))}
    ${renderCheckboxGroup(strings.roomsFilterLabel, view.rooms, filters.rooms, (rooms) => onFilters({ ...filters, rooms }))}
    <label
      ><input
        type="checkbox"
        .checked=${checkedOrNothing(filters.favouritesOnly)}
        @change=${(event: Event) => onFilters({ ...filters, favouritesOnly: (event.target as HTMLInputElement).checked })}
      />${strings.favouritesOnly} (${context.favouriteCount})</label
    >
    <div>
      <button type="button" class="tool-button" @click=${() => onFilters(noFilters)}>${strings.clearFilters}</button>
    </div>
  </div>`;
}

/**
 * The row of controls above the program: the time zone choice (for a timed program), the
 * search box, the filters (kinds, tracks, rooms, favourites) in a `<details>`, the
 * favourites' download and a live count of the items that match.
 */
export function renderToolbar(context: ToolbarContext): TemplateResult {
  const { strings, filters } = context;
  const timed = context.view.schedule.items.length > 0;
  return html`<div part="toolbar" class="toolbar">
    ${timed ? renderTimeZoneChoice(context) : nothing}
    <label
      >${strings.search}
      <input
        type="search"
        .value=${filters.query}
        placeholder=${strings.searchPlaceholder}
        @input=${(event: Event) => context.onFilters({ ...filters, query: (event.target as HTMLInputElement).value })}
    /></label>
    <details
      class="filters"
      @toggle=${(event: Event) => context.onFiltersOpen((event.target as HTMLDetailsElement).open)}
    >
      <summary>${strings.filters}</summary>
      ${
        context.filtersOpen
          ? // Drawn only while open: a large program has hundreds of checkboxes (FOSDEM: 35
            // rooms, 60 tracks) that would otherwise be built before the grid is painted.
            renderFilterGroups(context)
          : nothing
      }
    </details>
    ${
      timed
        ? html`<button
            type="button"
            class="tool-button"
            ?disabled=${context.downloadableFavourites === 0}
            @click=${context.onDownloadFavourites}
          >
            ${strings.downloadFavourites}
          </button>`
        : nothing
    }
    <span role="status" class="note">${isFiltered(filters) ? strings.matches(context.visibleCount()) : ""}</span>
  </div>`;
}
