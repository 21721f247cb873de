import {
  describeEventZone,
  describeProblem,
  describePerson,
  formatDayHeading,
  formatTime,
  formatZoneName,
  hasMath,
  indexProgram,
  isTimedEntry,
  jsonLdScriptText,
  timeZoneModes,
  toICalendar,
  toJsonLd,
  type Id,
  type ItemKind,
  type Program,
  type ResolvedItem,
  type ScheduleDay,
  type TimeZoneMode,
  type UntimedItem,
} from "@lectern/core";
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from "lit";
import { property, query, state } from "lit/decorators.js";
import { downloadText } from "../shared/download-text.js";
import { MathController } from "../shared/math-controller.js";
import { resolveLocale, viewerTimeZone } from "../shared/resolve-locale.js";
import { renderInlineText } from "../shared/rich-text.js";
import { problemsStyles } from "../shared/problems.styles.js";
import { renderProblems } from "../shared/render-problems.js";
import { themeStyles } from "../shared/theme.styles.js";
import { mergeUiStrings, type UiStrings } from "../shared/ui-strings.js";
import { ClockController } from "../shared/clock-controller.js";
import { ContainerWidthController } from "./container-width-controller.js";
import { localStorageOrNothing, readFavourites, writeFavourites } from "./favourites-store.js";
import { layoutDay, locateInRows, type GridLayout } from "./grid-layout.js";
import { moveFocus, type GridKey } from "./grid-navigation.js";
import { ProgramSourceController } from "../shared/program-source-controller.js";
import { mergeScheduleGridStrings, type ScheduleGridStrings } from "./schedule-grid.strings.js";
import { scheduleGridStyles } from "./schedule-grid.styles.js";
import { cells, type CellModel } from "./cells.js";
import { describeCellTime, describeGridCellTime, describeSecondaryTime, viewScheduleGrid, type FilterOption, type GridView } from "./schedule-grid-view.js";

/** Which layout to draw. */
export type ScheduleView = "auto" | "grid" | "list";

/** Fired when the visitor adds or removes a favourite. */
export class FavouritesChangeEvent extends Event {
  static readonly eventName = "favourites-change";
  constructor(readonly favourites: readonly Id[]) {
    super(FavouritesChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

const timeZoneModeKey = "lectern:time-zone-mode";
/** The choice of day (`day` attribute, the selected tab) that shows every day, one under another. */
const everyDay = "all";
/** The address's fragment for `everyDay` (a day's is its date, `#2026-04-27`). */
const everyDayHash = "all-days";
const hashOf = (choice: string) => (choice === everyDay ? everyDayHash : choice);
/** The choice an address's fragment names; "#all" is not a name of every day, only "#all-days" is. */
const choiceOfHash = (hash: string) => (hash === everyDayHash ? everyDay : hash === everyDay ? undefined : hash);
/** The tabs' choices in their order: each day, then every day. */
const tabChoices = (days: readonly ScheduleDay[]) => [...days.map((day) => day.date), everyDay];
const gridKeys = new Set<string>(["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End"]);
// The dialog's <talk-card> is loaded when the browser is idle after the grid is drawn, or
// when a talk is opened: the first paint should not wait for code that runs only when a
// visitor opens a talk. (In lectern.js it is a chunk of its own; the module system fetches
// it once.)
const loadTalkCard = () => import("../talk-card/define.js");
const whenIdle = (run: () => void) =>
  typeof requestIdleCallback === "function" ? requestIdleCallback(run, { timeout: 2000 }) : setTimeout(run, 500);

/**
 * A whole program: day tabs (and one for every day, one under another, for reading or printing
 * the whole program), a grid with rooms as columns (rows are not proportional to time,
 * so short talks stay legible: every time row is 7em; a cell shows its start, length, track,
 * title and speakers, and a title longer than its cell allows is cut with an ellipsis on
 * screen, whole in the dialog and when printed), or a list,
 * a tentative program as an ordered list; time zone
 * choice (event, viewer, both, remembered), filters and search, favourites with their `.ics`,
 * a now-line, and each item opening as a `<talk-card>` in a dialog with a deep link.
 *
 * Data comes from, in this order of precedence: the `program` property; an inline
 * `<script type="application/json">` child; the `src` URL. Invalid data shows the problems
 * with their paths and lines.
 *
 * @tag schedule-grid
 * @fires favourites-change - {FavouritesChangeEvent} The visitor added or removed a favourite.
 * @csspart toolbar - The row of controls (time zone, search, filters).
 * @csspart tabs - The day tabs.
 * @csspart grid - The grid of items.
 * @csspart list - The list of items (list view and tentative programs).
 * @csspart cell - One item in the grid or list.
 * @csspart problems - The error box for invalid data.
 * @cssproperty --schedule-grid-column-width - Minimum width of a room column (default 13rem).
 * @cssproperty --schedule-grid-max-height - Height after which the grid scrolls (default none).
 * @cssproperty --schedule-grid-cell-background - Background of items.
 * @cssproperty --schedule-grid-break-background - Background of breaks and plenary items.
 * @cssproperty --schedule-grid-now-color - Colour of the now-line.
 */
export class ScheduleGridElement extends LitElement {
  static override styles = [themeStyles, scheduleGridStyles, problemsStyles];

  /** URL of the program JSON (used when neither `program` nor inline JSON is given). */
  @property() src?: string;

  /** The program, as a parsed `Program` or raw data (validated either way). */
  @property({ attribute: false }) program?: unknown;

  /** `auto` (list for single-track programs and narrow elements), `grid` or `list`. */
  @property() view: ScheduleView = "auto";

  /** Below this width (of the element, in px) `auto` shows the list. */
  @property({ type: Number, attribute: "narrow-width" }) narrowWidth = 720;

  /** `event`, `viewer` or `both`; the visitor's choice is remembered and wins over this default. */
  @property({ attribute: "time-zone" }) timeZoneMode: TimeZoneMode = "event";

  /** The visitor's IANA zone; defaults to the browser's. */
  @property({ attribute: "viewer-zone" }) viewerZone?: string;

  /**
   * The day shown first: a date (`2026-04-27`) or `all` for every day, one under another.
   * Without it, today's day of the event (or the next, or the first). The address's
   * `#2026-04-27` or `#all-days` wins over it.
   */
  @property() day?: string;

  /** Pins "now" (an ISO 8601 instant) for demos and tests; otherwise the real clock. */
  @property() now?: string;

  /** Locale for dates and times; defaults to the page's `lang`, then the browser's. */
  @property() locale?: string;

  /** `light`, `dark`, or `auto` (follow the system). */
  @property({ reflect: true }) theme?: "light" | "dark" | "auto";

  /** Overrides of the texts shown (translations). */
  @property({ attribute: false }) strings?: Partial<UiStrings & ScheduleGridStrings>;

  /**
   * Puts the program into the page as schema.org JSON-LD (a `<script type="application/ld+json">`
   * inside the element, in the page's own DOM, where search engines read it).
   */
  @property({ type: Boolean, attribute: "structured-data" }) structuredData = false;

  @state() private selectedDay?: string;
  @state() private query = "";
  @state() private kinds = new Set<ItemKind>();
  @state() private tracks = new Set<Id>();
  @state() private rooms = new Set<Id>();
  @state() private favouritesOnly = false;
  @state() private favourites = new Set<Id>();
  @state() private openItemId?: string;
  /** Each day grid's tab stop, by date: under "All days" every day's grid keeps its own. */
  @state() private focusedIds: ReadonlyMap<string, Id> = new Map();
  @state() private chosenMode?: TimeZoneMode;
  @state() private filtersOpen = false;

  @query("dialog") private dialog?: HTMLDialogElement;

  private readonly source = new ProgramSourceController(this);
  private readonly clock = new ClockController(this);
  private readonly width = new ContainerWidthController(this);
  private readonly math = new MathController(this);
  private readonly storage = localStorageOrNothing();
  private ui = mergeUiStrings(undefined);
  private text = mergeScheduleGridStrings(undefined);
  private resolvedLocale = "en";
  private gridView?: GridView;
  private gridViewInputs: readonly unknown[] = [];
  private loadedProgram?: Program;
  private readonly onHashChange = () => this.followHash();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener("hashchange", this.onHashChange);
    const remembered = this.storage?.getItem(timeZoneModeKey);
    if (remembered && (timeZoneModes as readonly string[]).includes(remembered)) this.chosenMode = remembered as TimeZoneMode;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener("hashchange", this.onHashChange);
  }

  /** The program being shown, once loaded and valid. */
  get shownProgram(): Program | undefined {
    return this.loadedProgram;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("strings")) {
      this.ui = mergeUiStrings(this.strings);
      this.text = mergeScheduleGridStrings(this.strings);
    }
    if (changed.has("now")) this.clock.pinTo(this.now);
    if (changed.has("day")) this.selectedDay = undefined;
    this.resolvedLocale = resolveLocale(this, this.locale);
    this.source.update({ value: this.program, src: this.src });
    const state = this.source.state;
    const program = state.status === "ready" ? state.data : undefined;
    const justLoaded = program !== this.loadedProgram && program !== undefined;
    if (program !== this.loadedProgram) {
      this.loadedProgram = program;
      this.favourites = program ? readFavourites(this.storage, program) : new Set();
      this.selectedDay = undefined;
    }
    // The view is worked out again only when what it depends on changed: a day switch, a
    // focus move or the clock's tick reuse it (on FOSDEM it takes 5 to 10 ms).
    const viewerZone = this.viewerZone ?? (program ? viewerTimeZone() : undefined);
    const inputs = [program, this.mode, viewerZone, this.resolvedLocale, this.ui, this.kinds, this.tracks, this.rooms, this.query, this.favouritesOnly && this.favourites];
    if (!program || viewerZone === undefined) this.gridView = undefined;
    else if (!this.gridView || inputs.some((input, index) => input !== this.gridViewInputs[index])) {
      this.gridView = viewScheduleGrid(
        program,
        {
          mode: this.mode,
          viewerZone,
          locale: this.resolvedLocale,
          filter: {
            kinds: [...this.kinds],
            tracks: [...this.tracks],
            rooms: [...this.rooms],
            query: this.query,
            onlyIds: this.favouritesOnly ? this.favourites : undefined,
          },
        },
        (kind) => this.ui.kinds[kind],
      );
    }
    this.gridViewInputs = inputs;
    const days = this.gridView?.schedule.days ?? [];
    if (!isChoiceOf(days, this.selectedDay)) this.selectedDay = this.pickDefaultDay(days);
    // The address is read before the first render, so that `#2024-02-04` under `day="all"`
    // does not build every day's cells only to replace them.
    if (justLoaded) this.followHash();
    else if (changed.has("day") && this.selectedDay !== undefined) this.followDayAttribute(days, this.selectedDay);
  }

  /**
   * A script changed `day` after the program was shown: the view follows it, and so does an
   * address that names one of the program's days (so a copied link shows what is on screen).
   * Another page's own `#…` is left alone.
   */
  private followDayAttribute(days: readonly ScheduleDay[], choice: string): void {
    const shown = choiceOfHash(addressHash());
    if (shown !== undefined && shown !== choice && isChoiceOf(days, shown)) history.replaceState(history.state, "", `#${hashOf(choice)}`);
  }

  private get mode(): TimeZoneMode {
    return this.chosenMode ?? (timeZoneModes.includes(this.timeZoneMode) ? this.timeZoneMode : "event");
  }

  /** Day tabs are drawn only for a program of several days; a lone day's panel is no tabpanel. */
  private get hasTabs(): boolean {
    return (this.gridView?.schedule.days.length ?? 0) > 1;
  }

  private pickDefaultDay(days: readonly ScheduleDay[]): string | undefined {
    if (isChoiceOf(days, this.day)) return this.day;
    const now = this.clock.nowMs;
    return (days.find((day) => now < day.endMs) ?? days[0])?.date;
  }

  protected override render(): TemplateResult {
    const state = this.source.state;
    if (state.status === "loading") return html`<p role="status">${this.text.loading}</p>`;
    if (state.status === "empty") return html`<p class="problems" role="alert">${this.text.noProgram}</p>`;
    if (state.status === "error") {
      return renderProblems(this.text.invalidProgram(state.source, state.problems.length), state.problems);
    }
    const view = this.gridView!;
    const program = state.data;
    const days = view.schedule.days;
    const day = days.find((candidate) => candidate.date === this.selectedDay);
    const showList = this.view === "list" || (this.view === "auto" && (view.singleTrack || this.width.width < this.narrowWidth));
    return html`
      ${this.renderToolbar(program, view)}
      ${days.length > 1 ? this.renderTabs(days) : nothing}
      ${this.selectedDay === everyDay
        ? this.renderEveryDay(program, view, days, showList)
        : day
          ? showList
            ? this.renderList(program, view, day, true)
            : this.renderGrid(program, view, day, true)
          : nothing}
      ${view.schedule.untimed.length > 0 ? this.renderUntimed(program, view) : nothing}
      <dialog aria-label=${this.openItemId ? (indexProgram(program).items.get(this.openItemId)?.value.title ?? this.openItemId) : this.text.close} @close=${this.onDialogClose}>
        <div class="dialog-bar">
          ${this.openItemId
            ? // The star in a grid cell is small for a finger; the open talk has its own toggle.
              html`<button type="button" class="tool-button favourite" aria-pressed=${this.favourites.has(this.openItemId) ? "true" : "false"} @click=${() => this.toggleFavourite(this.openItemId!)}>
                ${this.text.favourite}
              </button>`
            : nothing}
          <button type="button" class="tool-button" @click=${() => this.dialog?.close()}>${this.text.close}</button>
        </div>
        ${this.openItemId
          ? html`<talk-card
              .program=${program}
              item-id=${this.openItemId}
              time-zone="both"
              viewer-zone=${this.viewerZone ?? viewerTimeZone()}
              locale=${this.resolvedLocale}
              theme=${this.theme ?? "light"}
              .strings=${this.strings}
              heading-level="2"
              expanded
            ></talk-card>`
          : nothing}
      </dialog>
    `;
  }

  private renderToolbar(program: Program, view: GridView): TemplateResult {
    const text = this.text;
    const timed = view.schedule.items.length > 0;
    const checkboxGroup = <T extends string>(legend: string, options: readonly FilterOption<T>[], selected: Set<T>, update: (next: Set<T>) => void) =>
      options.length < 2
        ? nothing
        : html`<fieldset>
            <legend>${legend}</legend>
            ${options.map(
              (option) => html`<label
                ><input
                  type="checkbox"
                  .checked=${selected.has(option.value)}
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
    return html`<div part="toolbar" class="toolbar">
      ${timed
        ? html`<fieldset>
            <legend>${text.timeZone}</legend>
            ${(
              [
                ["event", `${text.eventTime} (${describeEventZone(program.event, view.schedule.items[0]!.startMs, this.resolvedLocale)})`],
                ["viewer", `${text.yourTime} (${formatZoneName(this.viewerZone ?? viewerTimeZone(), view.schedule.items[0]!.startMs, { locale: this.resolvedLocale })})`],
                ["both", text.bothTimes],
              ] as const
            ).map(
              ([mode, label]) => html`<label
                ><input type="radio" name="time-zone" .checked=${this.mode === mode} @change=${() => this.chooseMode(mode)} />${label}</label
              >`,
            )}
          </fieldset>`
        : nothing}
      <label>${text.search} <input type="search" .value=${this.query} placeholder=${text.searchPlaceholder} @input=${(event: Event) => (this.query = (event.target as HTMLInputElement).value)} /></label>
      <details class="filters" @toggle=${(event: Event) => (this.filtersOpen = (event.target as HTMLDetailsElement).open)}>
        <summary>${text.filters}</summary>
        ${this.filtersOpen
          ? // Drawn only while open: a large program has hundreds of checkboxes (FOSDEM: 35
            // rooms, 60 tracks) that would otherwise be built before the grid is painted.
            html`<div class="filter-groups">
              ${checkboxGroup(text.kinds, view.kinds, this.kinds, (next) => (this.kinds = next))}
              ${checkboxGroup(text.tracks, view.tracks, this.tracks, (next) => (this.tracks = next))}
              ${checkboxGroup(text.rooms, view.rooms, this.rooms, (next) => (this.rooms = next))}
              <label><input type="checkbox" .checked=${this.favouritesOnly} @change=${(event: Event) => (this.favouritesOnly = (event.target as HTMLInputElement).checked)} />${text.favouritesOnly} (${this.favourites.size})</label>
              <div><button type="button" class="tool-button" @click=${this.clearFilters}>${text.clearFilters}</button></div>
            </div>`
          : nothing}
      </details>
      ${timed ? html`<button type="button" class="tool-button" ?disabled=${this.favourites.size === 0} @click=${this.downloadFavourites}>${text.downloadFavourites}</button>` : nothing}
      <span role="status" class="note">${this.query || this.kinds.size || this.tracks.size || this.rooms.size || this.favouritesOnly ? text.matches(this.countVisible(view)) : ""}</span>
    </div>`;
  }

  private renderTabs(days: readonly ScheduleDay[]): TemplateResult {
    return html`<div part="tabs" role="tablist" aria-label=${this.text.days} @keydown=${this.onTabKeydown}>
      ${tabChoices(days).map(
        (choice) => html`<button
          type="button"
          role="tab"
          id="tab-${choice}"
          aria-selected=${choice === this.selectedDay ? "true" : "false"}
          aria-controls="day-panel"
          tabindex=${choice === this.selectedDay ? 0 : -1}
          @click=${() => this.selectDay(choice)}
        >
          ${choice === everyDay ? this.text.allDays : formatDayHeading(choice, { locale: this.resolvedLocale, style: "short" })}
        </button>`,
      )}
    </div>`;
  }

  /** Every day, one under another, each under its heading: the days with nothing to show are left out. */
  private renderEveryDay(program: Program, view: GridView, days: readonly ScheduleDay[], showList: boolean): TemplateResult {
    const shown = days.filter((day) => day.items.some(view.isVisible));
    return html`<div id="day-panel" role="tabpanel" aria-labelledby="tab-${everyDay}">
      ${shown.length === 0
        ? html`<p class="note">${this.text.noMatches}</p>`
        : shown.map((day) =>
            showList
              ? this.renderList(program, view, day, false)
              : html`<section class="day" aria-labelledby="day-${day.date}">
                  <h2 class="day-heading" id="day-${day.date}">${formatDayHeading(day.date, { locale: this.resolvedLocale })}</h2>
                  ${this.renderGrid(program, view, day, false)}
                </section>`,
          )}
    </div>`;
  }

  /** One day's grid; `isPanel` when it is the selected tab's panel (not a day of "All days"). */
  private renderGrid(program: Program, view: GridView, day: ScheduleDay, isPanel: boolean): TemplateResult {
    const layout = layoutDay(day, view.isVisible);
    if (layout.placements.length === 0) return html`<p class="note" id=${isPanel ? "day-panel" : nothing}>${this.text.noMatches}</p>`;
    const index = indexProgram(program);
    const remembered = this.focusedIds.get(day.date);
    const focused = layout.placements.some((placement) => placement.entry.id === remembered) ? remembered : layout.placements[0]!.entry.id;
    const dayEnd = Math.max(...layout.placements.map((placement) => placement.entry.endMs));
    const now = locateInRows(layout.rowStarts, dayEnd, this.clock.nowMs);
    const isTab = isPanel && this.hasTabs;
    return html`<div
      class="scroller"
      id=${isPanel ? "day-panel" : nothing}
      role=${isTab ? "tabpanel" : nothing}
      aria-labelledby=${isTab ? `tab-${this.selectedDay}` : nothing}
      style=${isPanel ? nothing : `--_rows: ${layout.rowStarts.length - 1}`}
    >
      ${isPanel
        ? // The tabs are not printed; on paper this says which day it is.
          html`<h2 class="day-heading print-only">${formatDayHeading(day.date, { locale: this.resolvedLocale })}</h2>`
        : nothing}
      <div part="grid" class="grid" @keydown=${(event: KeyboardEvent) => this.onGridKeydown(event, day.date, layout)} @click=${this.onCellClick} @focusin=${(event: FocusEvent) => this.onCellFocus(event, day.date)}>
        <div class="corner" style="grid-row: 1; grid-column: 1">${this.text.time}</div>
        ${layout.rooms.map(
          (room) => html`<div class="room-header" role="heading" aria-level="3" style="grid-row: 1; grid-column: ${room.columnStart} / span ${room.laneCount}">
            ${room.roomId !== undefined ? index.rooms.get(room.roomId)?.value.name : layout.rooms.length === 1 ? this.text.allRooms : this.text.noRoom}
          </div>`,
        )}
        ${layout.rowStarts.slice(0, -1).map(
          (instant, row) => html`<div class="time-label" style="grid-row: ${row + 2}; grid-column: 1"
            ><time datetime=${new Date(instant).toISOString()} .textContent=${formatTime(instant, { zone: view.zone, locale: this.resolvedLocale })}></time
            ><span class="secondary" ?hidden=${!view.secondaryZone} .textContent=${view.secondaryZone ? ` ${formatTime(instant, { zone: view.secondaryZone, locale: this.resolvedLocale })}` : ""}></span
          ></div>`,
        )}
        ${cells(
          layout.placements.map((placement) =>
            this.cellModel(program, view, placement.entry, `grid-row: ${placement.rowStart} / ${placement.rowEnd}; grid-column: ${placement.columnStart} / ${placement.columnEnd}${placement.rowEnd - placement.rowStart > 1 ? `; --_span: ${placement.rowEnd - placement.rowStart}` : ""}`, placement.entry.id === focused),
          ),
        )}
        ${now
          ? // Spans explicit lines (1 / -1 would cover only the time column: rooms are implicit columns).
            html`<div class="now-line" aria-hidden="true" style="grid-row: ${now.row + 2}; grid-column: 1 / span ${layout.columnCount + 1}; --_now-fraction: ${(now.fraction * 100).toFixed(2)}%"></div>`
          : nothing}
      </div>
    </div>`;
  }

  private cellModel(program: Program, view: GridView, entry: ResolvedItem | UntimedItem, style: string, focusable: boolean): CellModel {
    const { item } = entry;
    // In the grid the time column shows the second clock; in lists each item carries it.
    const inGrid = style !== "";
    const index = indexProgram(program);
    const title = item.title ?? (item.tba?.includes("title") ? this.ui.titleToBeAnnounced : this.ui.kinds[item.kind]);
    const people = [...(item.speakers ?? []), ...(item.authors ?? []).map((author) => author.person)]
      .map((id) => {
        const person = index.people.get(id)?.value;
        return person ? (describePerson(person) ?? this.ui.nameToBeAnnounced) : id;
      })
      .join(", ");
    const timed = isTimedEntry(entry);
    const live = timed && entry.startMs <= this.clock.nowMs && this.clock.nowMs < entry.endMs;
    const track = entry.trackId === undefined ? undefined : index.tracks.get(entry.trackId)?.value;
    const favourite = this.favourites.has(entry.id);
    const describeTime = inGrid ? describeGridCellTime : describeCellTime;
    const time = [
      timed ? describeTime(entry, view.zone, this.resolvedLocale, this.ui.minutes) : entry.durationMinutes === undefined ? this.ui.kinds[item.kind] : `${this.ui.kinds[item.kind]} · ${this.ui.minutes(entry.durationMinutes)}`,
      timed && view.secondaryZone && !inGrid ? describeSecondaryTime(entry, view.secondaryZone, this.resolvedLocale) : "",
      // In the grid the room is the column; in a list it is said.
      !inGrid && entry.roomId !== undefined ? (index.rooms.get(entry.roomId)?.value.name ?? "") : "",
      entry.status === "cancelled" ? this.ui.cancelled : "",
      live ? this.text.now : "",
    ]
      .filter(Boolean)
      .join(" · ");
    // The track is said as well as coloured (colour alone tells nothing to many readers, and
    // FOSDEM's 67 tracks have no colours). In the grid it is the time's second line: the same
    // text node, broken by CSS (white-space: pre-line), so a cell keeps its 11 DOM nodes.
    const when = track ? `${time}${inGrid ? "\n" : " · "}${track.name}` : time;
    return {
      id: entry.id,
      states: [timed && entry.spansAllRooms ? "spanning" : "", live ? "live" : "", entry.status === "cancelled" ? "cancelled" : ""].filter(Boolean).join(" "),
      style: `${style}${track?.color ? `${style ? "; " : ""}--_track: ${track.color}` : ""}`,
      href: `#talk-${encodeURIComponent(entry.id)}`,
      focusable,
      when,
      title: hasMath(title) ? html`${renderInlineText(title, this.math)} ` : title,
      who: people || (item.tba?.includes("speakers") ? this.ui.speakerToBeAnnounced : ""),
      favourite,
      starLabel: favourite ? this.text.removeFavourite(title) : this.text.addFavourite(title),
    };
  }

  /** One listener for every cell: the star toggles a favourite; the link opens the talk. */
  private onCellClick(event: MouseEvent): void {
    const target = event.target as Element;
    const id = target.closest<HTMLElement>("[data-item-id]")?.dataset["itemId"];
    if (id === undefined) return;
    if (target.closest(".fav")) return this.toggleFavourite(id);
    if (!target.closest(".open") || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    // A plain click opens the dialog here (and puts #talk-<id> in the address without a
    // history entry); a modified click keeps the browser's own handling (new tab, copy link).
    event.preventDefault();
    this.openItem(id);
  }

  /** Makes the focused cell its day grid's tab stop (in a list every item is one). */
  private onCellFocus(event: FocusEvent, date: string): void {
    const id = (event.target as Element).closest<HTMLElement>(".open")?.parentElement?.dataset["itemId"];
    if (id !== undefined) this.rememberFocus(date, id);
  }

  private rememberFocus(date: string, id: Id): void {
    if (this.focusedIds.get(date) !== id) this.focusedIds = new Map(this.focusedIds).set(date, id);
  }

  /** One day's list under its heading; `isPanel` as for `renderGrid`. */
  private renderList(program: Program, view: GridView, day: ScheduleDay, isPanel: boolean): TemplateResult {
    const items = day.items.filter(view.isVisible);
    const isTab = isPanel && this.hasTabs;
    return html`<div id=${isPanel ? "day-panel" : nothing} role=${isTab ? "tabpanel" : nothing} aria-labelledby=${isTab ? `tab-${this.selectedDay}` : nothing}>
      <h2 class="day-heading">${formatDayHeading(day.date, { locale: this.resolvedLocale })}</h2>
      ${this.renderCellList(program, view, items)}
    </div>`;
  }

  /** The list view's items (or "no matches"): each cell an `<li>` that says its own time and room. */
  private renderCellList(program: Program, view: GridView, items: readonly (ResolvedItem | UntimedItem)[]): TemplateResult {
    if (items.length === 0) return html`<p class="note">${this.text.noMatches}</p>`;
    return html`<ol part="list" class="list" @click=${this.onCellClick}>${cells(
      items.map((entry) => this.cellModel(program, view, entry, "", true)),
      true,
    )}</ol>`;
  }

  private renderUntimed(program: Program, view: GridView): TemplateResult {
    const items = view.schedule.untimed.filter(view.isVisible);
    const tentative = program.event.schedule?.status === "tentative";
    return html`<section aria-labelledby="untimed-heading">
      <h2 class="day-heading" id="untimed-heading">${tentative ? this.text.tentativeProgram : this.text.unscheduled}</h2>
      ${tentative && program.event.schedule?.note ? html`<p class="note">${program.event.schedule.note}</p>` : nothing}
      ${this.renderCellList(program, view, items)}
    </section>`;
  }

  private countVisible(view: GridView): number {
    return [...view.schedule.items, ...view.schedule.untimed].filter(view.isVisible).length;
  }

  private chooseMode(mode: TimeZoneMode): void {
    this.chosenMode = mode;
    try {
      this.storage?.setItem(timeZoneModeKey, mode);
    } catch {
      // Remembered for this visit only.
    }
  }

  private selectDay(date: string): void {
    this.selectedDay = date;
    history.replaceState(history.state, "", `#${hashOf(date)}`);
  }

  private clearFilters(): void {
    this.kinds = new Set();
    this.tracks = new Set();
    this.rooms = new Set();
    this.query = "";
    this.favouritesOnly = false;
  }

  private toggleFavourite(id: Id): void {
    const next = new Set(this.favourites);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.favourites = next;
    if (this.loadedProgram) writeFavourites(this.storage, this.loadedProgram, next);
    this.dispatchEvent(new FavouritesChangeEvent([...next]));
  }

  private downloadFavourites(): void {
    const program = this.loadedProgram;
    const view = this.gridView;
    if (!program || !view) return;
    // The favourites that the current filters show: what the visitor sees is what they get.
    const items = view.schedule.items.filter((entry) => this.favourites.has(entry.id) && view.isVisible(entry));
    const ics = toICalendar(program, { items, nowMs: this.clock.nowMs, untitled: this.ui.titleToBeAnnounced, kindLabels: this.ui.kinds });
    downloadText(`${program.event.acronym ?? "program"}-favourites.ics`.replace(/[^\w.-]+/g, "-"), ics, "text/calendar");
  }

  private openItem(id: Id): void {
    this.openItemId = id;
    history.replaceState(history.state, "", `#talk-${id}`);
    void Promise.all([this.updateComplete, loadTalkCard()]).then(() => {
      if (this.dialog && !this.dialog.open) this.dialog.showModal();
    });
  }

  private onDialogClose(): void {
    this.openItemId = undefined;
    history.replaceState(history.state, "", this.selectedDay ? `#${hashOf(this.selectedDay)}` : location.pathname + location.search);
  }

  /** Opens `#talk-<id>`, or selects `#YYYY-MM-DD` or `#all-days`, from the page's address. */
  private followHash(): void {
    const hash = addressHash();
    const view = this.gridView;
    if (!hash || !view) return;
    if (hash.startsWith("talk-")) {
      const id = hash.slice("talk-".length);
      const timed = view.schedule.items.find((entry) => entry.id === id);
      if (!timed && !view.schedule.untimed.some((entry) => entry.id === id)) return;
      // Under "All days" the talk is already on screen.
      if (timed && this.selectedDay !== everyDay) this.selectedDay = timed.day;
      this.openItem(id);
    } else {
      const choice = choiceOfHash(hash);
      if (isChoiceOf(view.schedule.days, choice)) this.selectedDay = choice;
    }
  }

  protected override updated(): void {
    if (this.loadedProgram && !this.talkCardRequested) {
      this.talkCardRequested = true;
      whenIdle(() => void loadTalkCard());
    }
    const existing = this.querySelector(':scope > script[type="application/ld+json"][data-lectern]');
    if (!this.structuredData || !this.loadedProgram) {
      existing?.remove();
      return;
    }
    if (existing && this.lastStructuredProgram === this.loadedProgram) return;
    const script = existing ?? Object.assign(document.createElement("script"), { type: "application/ld+json" });
    script.setAttribute("data-lectern", "");
    // textContent of a script element is not parsed as HTML; the escaping in
    // jsonLdScriptText also keeps "</script>" in a title from ending the element if the page
    // is ever serialised.
    script.textContent = jsonLdScriptText(toJsonLd(this.loadedProgram));
    this.lastStructuredProgram = this.loadedProgram;
    if (!existing) this.append(script);
  }

  private lastStructuredProgram?: Program;
  private talkCardRequested = false;

  private onTabKeydown(event: KeyboardEvent): void {
    const choices = tabChoices(this.gridView?.schedule.days ?? []);
    const current = choices.indexOf(this.selectedDay ?? "");
    const next =
      event.key === "ArrowRight" ? current + 1 : event.key === "ArrowLeft" ? current - 1 : event.key === "Home" ? 0 : event.key === "End" ? choices.length - 1 : undefined;
    if (next === undefined) return;
    event.preventDefault();
    const choice = choices[(next + choices.length) % choices.length]!;
    this.selectDay(choice);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${choice}`)?.focus());
  }

  private onGridKeydown(event: KeyboardEvent, date: string, layout: GridLayout): void {
    if (!gridKeys.has(event.key) || !(event.target as Element).classList.contains("open")) return;
    const current = layout.placements.findIndex((placement) => placement.entry.id === this.focusedIds.get(date));
    const next = moveFocus(layout.placements, Math.max(0, current), event.key as GridKey);
    event.preventDefault();
    const id = layout.placements[next]!.entry.id;
    this.rememberFocus(date, id);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(id)}"] .open`)?.focus());
  }
}

/** The page's `#…`, decoded; empty when there is none or it is malformed (`#%E0`). */
function addressHash(): string {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    // Read during an update: a malformed address must not stop the grid from drawing.
    return "";
  }
}

/** True when `choice` (a date, or `everyDay`) can be selected among these days. */
function isChoiceOf(days: readonly ScheduleDay[], choice: string | undefined): choice is string {
  // "All days" is a tab only when there are several days.
  return choice === everyDay ? days.length > 1 : days.some((day) => day.date === choice);
}

declare global {
  interface HTMLElementTagNameMap {
    "schedule-grid": ScheduleGridElement;
  }
  interface GlobalEventHandlersEventMap {
    "favourites-change": FavouritesChangeEvent;
  }
}
