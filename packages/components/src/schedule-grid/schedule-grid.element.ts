import { type Program, type TimeZoneMode } from "@lectern/core";
import { html, LitElement, type PropertyValues, type TemplateResult } from "lit";
import { property, state } from "lit/decorators.js";
import { ClockController } from "../shared/clock-controller.js";
import { MathController } from "../shared/math-controller.js";
import { Memo } from "../shared/memo.js";
import { problemsStyles } from "../shared/problems.styles.js";
import { PreviousVersionController } from "../shared/previous-version-controller.js";
import { ProgramSourceController } from "../shared/program-source-controller.js";
import { renderProblems } from "../shared/render-problems.js";
import { resolveLocale } from "../shared/resolve-locale.js";
import { ServerMarkupController } from "../shared/server-markup-controller.js";
import { themeStyles } from "../shared/theme.styles.js";
import { mergeUiStrings, type UiStringOverrides, type UiStrings } from "../shared/ui-strings.js";
import { ContainerWidthController } from "./container-width-controller.js";
import { tabIdOf } from "./day-tabs.js";
import { showsList } from "./day-view-context-of.js";
import { renderScheduleGridBody } from "./schedule-grid-body.js";
import { FavouritesController } from "./favourites-controller.js";
import { GridFocusController } from "./grid-focus-controller.js";
import { findTargetElement } from "./grid-targets.js";
import { RememberedModeController } from "./remembered-mode-controller.js";
import {
  mergeScheduleGridStrings,
  type DeprecatedScheduleGridStrings,
  type ScheduleGridStrings,
} from "./schedule-grid.strings.js";
import { scheduleGridStyles } from "./schedule-grid.styles.js";
import type { GridView } from "./schedule-grid-view.js";
import { GridViewCache } from "./grid-view-cache.js";
import { StructuredDataController } from "./structured-data-controller.js";
import { TalkDialogController } from "./talk-dialog-controller.js";
import { noFilters, type GridFilters } from "./grid-filters.js";
// Imported last, so that lectern.js puts the controller beside this class, where gzip finds the
// words they share: anywhere else it costs the bundle's budget some 50 bytes more.
import { AddressController } from "./address-controller.js";

export { FavouritesChangeEvent } from "./favourites-change-event.js";

/** Which layout to draw. */
export type ScheduleView = "auto" | "grid" | "list";

/**
 * A whole program: day tabs (and one for every day, one under another), a grid with rooms as
 * columns (every time row is 7em, so short talks stay legible; a cell shows start, length,
 * track, title and speakers, each ending in an ellipsis when cut, whole in the link's name
 * and tooltip, in the dialog and on paper), or a list; a tentative program as an ordered list;
 * time zone choice (event, viewer, both, remembered), filters and search, favourites with
 * their `.ics`, a now-line, and each item opening as a `<talk-card>` in a dialog with a deep
 * link. No inline style attributes, so it works under `style-src 'self'`; arrow keys follow a
 * right-to-left page.
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
 * @csspart talk-card - The open talk's card in the dialog; also `talk-badge`, `talk-change`, `talk-title`, `talk-subtitle`, `talk-time`, `talk-session`, `talk-people`, `talk-abstract`, `talk-links`, `talk-actions` (its parts).
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
  /** URL of an earlier version: items are marked new, moved, cancelled or retitled against it. */
  @property({ attribute: "previous-src" }) previousSrc?: string;
  /** The earlier version, parsed or raw (wins over `previous-src`). */
  @property({ attribute: false }) previousProgram?: unknown;
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
  /** Overrides of the texts shown (translations); the deprecated keys are still read. */
  @property({ attribute: false }) strings?: UiStringOverrides &
    Partial<ScheduleGridStrings> &
    DeprecatedScheduleGridStrings;
  /**
   * Puts the program into the page as schema.org JSON-LD (a `<script type="application/ld+json">`
   * inside the element, in the page's own DOM, where search engines read it).
   */
  @property({ type: Boolean, attribute: "structured-data" }) structuredData = false;

  @state() private filters: GridFilters = noFilters;
  @state() private filtersOpen = false;
  private readonly source = new ProgramSourceController(this);
  private readonly previous = new PreviousVersionController(this);
  private readonly clock = new ClockController(this);
  // Hydrated, the grid shows the visitor's favourites, remembered clock and address.
  private readonly serverMarkup = new ServerMarkupController(this, () => {
    this.favourites.showProgram(this.loadedProgram);
    // Today's day of the event, unless the address names another.
    this.address.resetDay();
    this.address.followAddress();
  });
  private readonly width = new ContainerWidthController(this);
  private readonly math = new MathController(this);
  private readonly favourites = new FavouritesController(this);
  private readonly rememberedMode = new RememberedModeController(this);
  private readonly keyboardFocus = new GridFocusController(this, {
    isRtl: () => getComputedStyle(this).direction === "rtl",
    findCellLink: (key) => findTargetElement(this.renderRoot, key),
    findTab: (choice) => this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(tabIdOf(choice))}`),
  });
  private readonly talkDialog = new TalkDialogController(this, {
    dialog: () => this.renderRoot.querySelector("dialog"),
    hasProgram: () => this.loadedProgram !== undefined,
    showTalkAddress: (id) => this.address.showTalk(id),
    showClosedAddress: () => this.address.showDay(),
  });
  private readonly address = new AddressController(this, this.talkDialog, () => this.gridView?.schedule);
  private readonly structuredDataController = new StructuredDataController(this, () =>
    this.structuredData ? this.loadedProgram : undefined,
  );
  private readonly texts = new Memo<[ScheduleGridElement["strings"]], [UiStrings, ScheduleGridStrings]>();
  private readonly gridViews = new GridViewCache();
  private ui = mergeUiStrings(undefined);
  private text = mergeScheduleGridStrings(undefined);
  private resolvedLocale = "en";
  private gridView?: GridView;
  private loadedProgram?: Program;
  /** The program being shown, once loaded and valid. */
  get shownProgram(): Program | undefined {
    return this.loadedProgram;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    [this.ui, this.text] = this.texts.get([this.strings], (strings) => [
      mergeUiStrings(strings),
      mergeScheduleGridStrings(strings),
    ]);
    if (changed.has("now")) this.clock.pinTo(this.now);
    if (changed.has("day")) this.address.resetDay();
    this.resolvedLocale = resolveLocale(this, this.locale);
    this.source.update({ value: this.program, src: this.src });
    const program = this.source.state.status === "ready" ? this.source.state.data : undefined;
    const justLoaded = program !== this.loadedProgram && program !== undefined;
    if (program !== this.loadedProgram) {
      this.loadedProgram = program;
      this.favourites.showProgram(this.serverMarkup.matchesServer ? undefined : program);
      this.address.resetDay();
    }
    this.previous.update({ value: this.previousProgram, src: this.previousSrc }, program);
    this.gridView = program
      ? this.gridViews.viewOf(program, {
          mode: this.shownMode,
          viewerZone: this.serverMarkup.viewerZone(this.viewerZone, program.event.timeZone),
          locale: this.resolvedLocale,
          ui: this.ui,
          filters: this.filters,
          favourites: this.favourites.ids,
        })
      : undefined;
    this.address.chooseDefaultDay(this.day, this.serverMarkup.nowMs(this.clock));
    // The address is read before the first render, so that `#2024-02-04` under `day="all"`
    // does not build every day's cells only to replace them.
    if (justLoaded && !this.serverMarkup.matchesServer) this.address.followAddress();
    else if (changed.has("day")) this.address.followDayAttribute();
  }

  protected override render(): TemplateResult {
    const state = this.source.state;
    if (state.status === "loading") return html`<p role="status">${this.text.loading}</p>`;
    if (state.status === "empty") return html`<p class="problems" role="alert">${this.text.noProgram}</p>`;
    if (state.status === "error")
      return renderProblems(this.text.invalidProgram(state.source, state.problems.length), state.problems);
    const view = this.gridView!;
    return renderScheduleGridBody({
      program: state.data,
      view,
      locale: this.resolvedLocale,
      ui: this.ui,
      strings: this.text,
      nowMs: this.serverMarkup.nowMs(this.clock),
      selected: this.address.selectedDay,
      showList: showsList(this.view, view.singleTrack, this.width.width, this.narrowWidth),
      viewerZone: this.serverMarkup.viewerZone(this.viewerZone, state.data.event.timeZone),
      mode: this.shownMode,
      theme: this.theme ?? "light",
      cardStrings: this.strings,
      filters: this.filters,
      filtersOpen: this.filtersOpen,
      clock: this.clock,
      math: this.math,
      favourites: this.favourites,
      marks: this.previous.marks,
      previousProblems: this.previous.problems,
      keyboardFocus: this.keyboardFocus,
      talkDialog: this.talkDialog,
      dialog: () => this.renderRoot.querySelector("dialog"),
      openTalk: (id) => this.talkDialog.open(id),
      onMode: (mode) => this.rememberedMode.choose(mode),
      onFilters: (filters) => (this.filters = filters),
      onFiltersOpen: (open) => (this.filtersOpen = open),
      onSelectDay: (choice) => this.address.selectDay(choice),
    });
  }

  /** The clock shown: the visitor's remembered choice, else `time-zone` (only it, matching a server). */
  private get shownMode(): TimeZoneMode {
    return this.serverMarkup.matchesServer ? this.timeZoneMode : this.rememberedMode.modeOr(this.timeZoneMode);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "schedule-grid": ScheduleGridElement;
  }
}
