import { timeZoneModes, toICalendar, type Program, type TimeZoneMode } from "@lectern/core";
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from "lit";
import { property } from "lit/decorators.js";
import { ifDefined } from "lit/directives/if-defined.js";
import { ClockController } from "../shared/clock-controller.js";
import { clampHeadingLevel } from "../shared/heading-level.js";
import { Memo } from "../shared/memo.js";
import { PreviousVersionController } from "../shared/previous-version-controller.js";
import { ProgramSourceController } from "../shared/program-source-controller.js";
import { downloadText } from "../shared/download-text.js";
import { resolveLocale, viewerTimeZone } from "../shared/resolve-locale.js";
import { problemsStyles } from "../shared/problems.styles.js";
import { renderProblems, renderUnreadableVersion } from "../shared/render-problems.js";
import { themeStyles } from "../shared/theme.styles.js";
import "../talk-card/define.js";
import { findCardSession } from "../talk-card/card-session.js";
import { renderMeeting, renderUndatedTalks, type MeetingContext } from "./talk-list-meeting.js";
import {
  calendarFileName,
  talksAsShown,
  viewTalkList,
  type MeetingGroup,
  type TalkListView,
} from "./talk-list-view.js";
import { mergeTalkListStrings, type TalkListStrings } from "./talk-list.strings.js";
import { talkListStyles } from "./talk-list.styles.js";

/** Fired when the visitor downloads the series' calendar file. */
export class SeriesCalendarDownloadEvent extends Event {
  static readonly eventName = "series-calendar-download";
  constructor(
    /** The file's name (`generative-models-reading-group.ics`). */
    readonly fileName: string,
    /** How many talks it holds (cancelled ones included, marked cancelled). */
    readonly talkCount: number,
  ) {
    super(SeriesCalendarDownloadEvent.eventName, { bubbles: true, composed: true });
  }
}

let nextId = 0;

/**
 * A seminar series (a reading group, a lab seminar): the next talk first and highlighted in
 * text ("Next talk, in 3 days"), the upcoming meetings then the past ones (newest first), each
 * grouped under its term or year; every meeting with an unambiguous date (`Fri, 3 Apr 2026`)
 * and its talks as `<talk-card>`s, or "Speaker to be announced"; cancelled meetings marked
 * "Cancelled" with their reason, one-off changes with their note; and "Add series to
 * calendar", one `.ics` with every talk.
 *
 * Data comes from, in this order of precedence: the `program` property; an inline
 * `<script type="application/json">` child; the `src` URL. Invalid data shows the problems
 * with their paths and lines.
 *
 * @tag talk-list
 * @fires {SeriesCalendarDownloadEvent} series-calendar-download - The visitor downloaded the series' `.ics`.
 * @csspart toolbar - The row holding the calendar button.
 * @csspart calendar-button - The "Add series to calendar" button.
 * @csspart upcoming - The section of upcoming meetings.
 * @csspart past - The section of past meetings.
 * @csspart undated - The talks whose date is to be announced, after the upcoming meetings.
 * @csspart group-heading - A term's or year's heading.
 * @csspart meeting - One meeting (an `<article>`).
 * @csspart next - The next meeting's highlight text ("Next talk, in 3 days").
 * @csspart cancelled - A cancelled meeting's "Cancelled: reason" line.
 * @csspart note - A one-off change's note.
 * @csspart problems - The error box for invalid data.
 * @cssproperty --talk-list-gap - Space between meetings (default: `--program-space`).
 * @cssproperty --talk-list-next-background - Background of the next meeting (default: `--program-color-surface`).
 * @cssproperty --talk-list-next-accent - Border of the next meeting (default: `--program-color-accent`).
 * @cssproperty --talk-list-date-width - Width of the date column on wide layouts (default: `11rem`).
 */
export class TalkListElement extends LitElement {
  static override styles = [themeStyles, talkListStyles, problemsStyles];

  /** URL of the program JSON (used when neither `program` nor inline JSON is given). */
  @property() src?: string;

  /** The program, as a parsed `Program` or raw data (validated either way). */
  @property({ attribute: false }) program?: unknown;

  /**
   * Pins "now" (an ISO 8601 instant with an offset, `2026-04-07T09:00+01:00`) for demos and
   * tests: which talk is next or live, what is past, and the calendar file's stamp. Otherwise
   * the real clock, read again every 30 seconds. The cards are given it too.
   */
  @property() now?: string;

  /** Which clock the talk cards show times in: `event`, `viewer`, or `both` (the viewer's only when it differs). */
  @property({ attribute: "time-zone" }) timeZoneMode: TimeZoneMode = "both";

  /** The visitor's IANA zone; defaults to the browser's. */
  @property({ attribute: "viewer-zone" }) viewerZone?: string;

  /** Locale for dates and times; defaults to the page's `lang`, then the browser's. */
  @property() locale?: string;

  /** Overrides of the texts the list and its cards show (translations). */
  @property({ attribute: false }) strings?: Partial<TalkListStrings>;

  /** The heading level of "Upcoming talks" and "Past talks" (2-6); terms, dates and talk titles follow one level down each. */
  @property({ type: Number, attribute: "heading-level" }) headingLevel = 2;

  /** `light`, `dark`, or `auto` (follow the system). */
  @property({ reflect: true }) theme?: "light" | "dark" | "auto";

  /** URL of an earlier version of the program: the cards mark what changed since ("Moved", "New"). */
  @property({ attribute: "previous-src" }) previousSrc?: string;
  /** The earlier version, parsed or raw (wins over `previous-src`). */
  @property({ attribute: false }) previousProgram?: unknown;
  private uiStrings: TalkListStrings = mergeTalkListStrings(undefined);
  private view?: TalkListView;
  private resolvedLocale = "en";
  private readonly mergedStrings = new Memo<[Partial<TalkListStrings> | undefined], TalkListStrings>();
  private readonly listView = new Memo<[Program | undefined, number, string], TalkListView | undefined>();
  private readonly source = new ProgramSourceController(this);
  private readonly previous = new PreviousVersionController(this, talksAsShown);
  private readonly clock = new ClockController(this);
  private readonly idPrefix = `talk-list-${(nextId += 1)}`;

  /** The program being shown (with the series applied to its talks), once loaded and valid. */
  get shownProgram(): Program | undefined {
    return this.view?.program;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("now")) this.clock.pinTo(this.now);
    this.uiStrings = this.mergedStrings.get([this.strings], mergeTalkListStrings);
    // The locale may come from the page's `lang`, which no property change announces: it is
    // read on every update, and the view is rebuilt when it (or "now", at a tick) reads differently.
    this.resolvedLocale = resolveLocale(this, this.locale);
    this.source.update({ value: this.program, src: this.src });
    const state = this.source.state;
    const program = state.status === "ready" ? state.data : undefined;
    this.view = this.listView.get([program, this.clock.nowMs, this.resolvedLocale], (program, nowMs, locale) =>
      program ? viewTalkList(program, { nowMs, locale }) : undefined,
    );
    this.previous.update({ value: this.previousProgram, src: this.previousSrc }, this.view?.program);
  }

  private level(offset: number): number {
    return Math.min(6, clampHeadingLevel(this.headingLevel, 2) + offset);
  }

  protected override render(): TemplateResult {
    const state = this.source.state;
    const strings = this.uiStrings;
    if (state.status === "loading") return html`<p role="status">${strings.loading}</p>`;
    if (state.status === "empty")
      return html`<p part="problems" class="problems" role="alert">${strings.noProgram}</p>`;
    if (state.status === "error") {
      return renderProblems(strings.invalidProgram(state.source, state.problems.length), state.problems);
    }
    const view = this.view!;
    if (view.upcoming.length + view.past.length + view.undated.length === 0)
      return html`<p class="empty">${strings.noTalks}</p>`;
    return html`
      ${renderUnreadableVersion(this.previous.problems, strings)}
      ${
        view.calendarItems.length > 0
          ? html`<div part="toolbar" class="toolbar">
              <button type="button" part="calendar-button" class="calendar-button" @click=${this.downloadCalendar}>
                ${strings.addSeriesToCalendar}
              </button>
            </div>`
          : nothing
      }
      ${this.renderSection("upcoming", strings.upcoming, view.upcoming)}
      ${view.past.length > 0 ? this.renderSection("past", strings.past, view.past) : nothing}
    `;
  }

  private renderSection(name: "upcoming" | "past", title: string, groups: readonly MeetingGroup[]): TemplateResult {
    const headingId = `${this.idPrefix}-${name}`;
    return html`<section part=${name} class="section ${name}" aria-labelledby=${headingId}>
      <div class="section-heading" role="heading" aria-level=${this.level(0)} id=${headingId}>${title}</div>
      ${groups.length === 0 && (name === "past" || this.view!.undated.length === 0) ? html`<p class="empty">${this.uiStrings.noUpcoming}</p>` : groups.map((group, index) => this.renderGroup(group, `${headingId}-${index}`))}
      ${name === "upcoming" && this.view!.undated.length > 0 ? renderUndatedTalks(this.view!.undated, this.meetingContext, this.level(1)) : nothing}
    </section>`;
  }

  private get meetingContext(): MeetingContext {
    return {
      strings: this.uiStrings,
      locale: this.resolvedLocale,
      next: this.view?.next,
      idPrefix: this.idPrefix,
      dateLevel: this.level(2),
      renderTalk: (itemId, headingOffset) => this.renderTalk(itemId, headingOffset),
    };
  }

  private renderGroup(group: MeetingGroup, id: string): TemplateResult {
    // A plain <div>, not a <section>: a term's name can appear under both "Upcoming" and
    // "Past", and two regions with one name are ambiguous landmarks. The list carries the name.
    return html`<div class="group">
      <div part="group-heading" class="group-heading" role="heading" aria-level=${this.level(1)} id=${id}>
        ${group.label}
      </div>
      <ol class="meetings" aria-labelledby=${id}>
        ${group.meetings.map((meeting) => html`<li>${renderMeeting(meeting, this.meetingContext)}</li>`)}
      </ol>
    </div>`;
  }

  private renderTalk(itemId: string, headingOffset = 3): TemplateResult {
    const mode = timeZoneModes.includes(this.timeZoneMode) ? this.timeZoneMode : "both";
    return html`<talk-card
      .program=${this.view!.program}
      item-id=${itemId}
      time-zone=${mode}
      viewer-zone=${this.viewerZone ?? viewerTimeZone()}
      locale=${this.resolvedLocale}
      theme=${this.theme ?? "light"}
      .strings=${this.uiStrings}
      heading-level=${this.level(headingOffset)}
      now=${ifDefined(this.now)}
      text-format=${this.view!.program.textFormat ?? "plain"}
      .session=${findCardSession(this.view!.program, itemId)}
      .changeMark=${this.previous.marks.get(itemId)}
      exportparts="card: talk-card"
    ></talk-card>`;
  }

  private downloadCalendar(): void {
    const view = this.view;
    if (!view) return;
    const strings = this.uiStrings;
    const text = toICalendar(view.program, {
      items: view.calendarItems,
      nowMs: this.clock.nowMs,
      untitled: strings.titleToBeAnnounced,
      kindLabels: strings.kinds,
    });
    const fileName = calendarFileName(view.program);
    downloadText(fileName, text, "text/calendar");
    /** @internal Documented by the class's `@fires`; without this the manifest would list it twice. */
    this.dispatchEvent(new SeriesCalendarDownloadEvent(fileName, view.calendarItems.length));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "talk-list": TalkListElement;
  }
  interface GlobalEventHandlersEventMap {
    "series-calendar-download": SeriesCalendarDownloadEvent;
  }
}
