import {
  isTimedEntry,
  isToBeAnnounced,
  timeZoneModes,
  toICalendar,
  type Program,
  type TimeZoneMode,
} from "@lectern/core";
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from "lit";
import { property } from "lit/decorators.js";
import { ClockController } from "../shared/clock-controller.js";
import { downloadText } from "../shared/download-text.js";
import { clampHeadingLevel } from "../shared/heading-level.js";
import { MathController } from "../shared/math-controller.js";
import { Memo } from "../shared/memo.js";
import { problemsStyles } from "../shared/problems.styles.js";
import { resolveLocale } from "../shared/resolve-locale.js";
import { ServerMarkupController } from "../shared/server-markup-controller.js";
import { styleProperties } from "../shared/style-properties.js";
import { themeStyles } from "../shared/theme.styles.js";
import { mergeUiStrings, type UiStrings } from "../shared/ui-strings.js";
import { ifDefined } from "lit/directives/if-defined.js";
import { MarkdownController } from "../shared/markdown-controller.js";
import { renderRichText, type TextFormat } from "../shared/render-rich-text.js";
import type { CardSession } from "./card-session.js";
import { renderCardPeople } from "./talk-card-people.js";
import { renderCardSession } from "./talk-card-session.js";
import { renderCardBadges } from "./talk-card-badges.js";
import { renderCardLinks, renderCardPlace, renderCardTime, renderCardTitle } from "./talk-card-parts.js";
import { talkCardStyles } from "./talk-card.styles.js";
import { viewTalkCard, type TalkCardView } from "./talk-card-view.js";
import { badgeStyles } from "../shared/badge.styles.js";
import type { ChangeMark } from "../shared/change-marks.js";
import { CardChangesController } from "./card-changes-controller.js";
import { AbstractToggleEvent } from "./abstract-toggle-event.js";

export { AbstractToggleEvent } from "./abstract-toggle-event.js";

let nextId = 0;

// The card shows nothing that depends on the time (its clock only stamps the calendar file),
// so it needs no tick to re-render: the longest interval a timer accepts.
const cardClockTickMs = 2 ** 31 - 1;

/**
 * One item of a program: kind (and "Remote" or "Hybrid" when it is presented so), title (or
 * "Title to be announced"), time in the event's zone with the organisers' label and, when it
 * differs, the visitor's; room, track, speakers,
 * ordered authors with affiliations and the presenting author marked; the abstract behind a
 * button; typed links; and an "Add to calendar" `.ics` download.
 *
 * @tag talk-card
 * @fires {AbstractToggleEvent} abstract-toggle - The visitor showed or hid the abstract.
 * @csspart card - The card box (an `<article>`).
 * @csspart badge - The kind, status and presentation ("Remote", "Hybrid") badges.
 * @csspart change - What changed since the previous version: worded badges ("Moved") and what it was.
 * @csspart title - The title heading.
 * @csspart subtitle - The subtitle under it, when the item has one.
 * @csspart time - The time line(s), or "Time not announced" with the date.
 * @csspart session - The session the item is in, with its chairs.
 * @csspart people - The speakers and authors.
 * @csspart abstract - The abstract, when shown.
 * @csspart links - The list of links.
 * @csspart actions - The buttons.
 * @csspart problems - Why the previous version (`previous-src`) could not be read, above the talk.
 * @cssproperty --talk-card-background - Card background (default: `--program-color-background`).
 * @cssproperty --talk-card-border-color - Card border (default: `--program-color-border`).
 * @cssproperty --talk-card-accent - The stripe on the start side (default: the track's colour).
 * @cssproperty --talk-card-padding - Inner spacing (default: `--program-space`).
 */
export class TalkCardElement extends LitElement {
  static override styles = [themeStyles, badgeStyles, problemsStyles, talkCardStyles];

  /** The program the item belongs to (set as a property; `<schedule-grid>` does this). */
  @property({ attribute: false }) program?: Program;

  /** The id of the item to show. */
  @property({ attribute: "item-id" }) itemId = "";

  /** Which clock to show times in: `event`, `viewer`, or `both` (the viewer's only when it differs). */
  @property({ attribute: "time-zone" }) timeZoneMode: TimeZoneMode = "both";

  /** The visitor's IANA zone; defaults to the browser's. */
  @property({ attribute: "viewer-zone" }) viewerZone?: string;

  /** Locale for dates and times; defaults to the page's `lang`, then the browser's. */
  @property() locale?: string;

  /** Overrides of the texts the card shows (translations). */
  @property({ attribute: false }) strings?: Partial<UiStrings>;

  /** The heading level of the title (1-6), to fit the page's outline; 1 where the card is the page's title (a talk's own page). */
  @property({ type: Number, attribute: "heading-level" }) headingLevel = 3;

  /** Whether the abstract is shown. */
  @property({ type: Boolean, reflect: true }) expanded = false;

  /**
   * Pins "now" (an ISO 8601 instant with an offset, `2026-04-27T10:00Z`) for demos and tests:
   * the time the calendar file is stamped with (`DTSTAMP`). Otherwise the real clock.
   */
  @property() now?: string;

  /** `light`, `dark`, or `auto` (follow the system). */
  @property({ reflect: true }) theme?: "light" | "dark" | "auto";

  /**
   * How the abstract and note are written: `plain` or `markdown` (emphasis, lists, links drawn
   * as DOM, never as HTML). Defaults to the program's `textFormat`; `<talk-list>` sets it.
   */
  @property({ attribute: "text-format" }) textFormat?: TextFormat;

  /**
   * The session the item is in ("Session: Orals I", "Chair: ..."). Defaults to the program's
   * session that lists the item; `<talk-list>` passes it.
   */
  @property({ attribute: false }) session?: CardSession;

  /** Shows the item's texts as written even when a translation for the locale exists. */
  @property({ type: Boolean, attribute: "show-original" }) showOriginal = false;
  /** URL of an earlier version of the program: the card marks what changed since ("Moved", "New"). */
  @property({ attribute: "previous-src" }) previousSrc?: string;
  /** The earlier version, parsed or raw (wins over `previous-src`). */
  @property({ attribute: false }) previousProgram?: unknown;
  /** What changed, as compared by `<schedule-grid>` or `<talk-list>` for their cards (wins over both). */
  @property({ attribute: false }) changeMark?: ChangeMark;

  private view?: TalkCardView;
  private uiStrings: UiStrings = mergeUiStrings(undefined);
  private readonly mergedStrings = new Memo<[Partial<UiStrings> | undefined], UiStrings>();
  private readonly cardView = new Memo<
    [Program | undefined, string, TimeZoneMode, string, string],
    TalkCardView | undefined
  >();
  private readonly math = new MathController(this);
  private readonly serverMarkup = new ServerMarkupController(this);
  private readonly markdown = new MarkdownController(this);
  private readonly clock = new ClockController(this, cardClockTickMs);
  private readonly idPrefix = `talk-card-${(nextId += 1)}`;
  private readonly changes = new CardChangesController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("now")) this.clock.pinTo(this.now);
    this.uiStrings = this.mergedStrings.get([this.strings], mergeUiStrings);
    // The locale may come from the page's `lang`, which no property change announces: it is
    // read on every update, and the view is rebuilt when it reads differently.
    const locale = resolveLocale(this, this.locale);
    const mode = timeZoneModes.includes(this.timeZoneMode) ? this.timeZoneMode : "both";
    this.changes.update({ value: this.previousProgram, src: this.previousSrc }, this.program, mode, locale);
    this.view = this.cardView.get(
      [
        this.program,
        this.itemId,
        mode,
        this.serverMarkup.viewerZone(this.viewerZone, this.program?.event.timeZone ?? "UTC"),
        locale,
      ],
      (program, itemId, mode, viewerZone, locale) =>
        program ? viewTalkCard(program, itemId, { mode, viewerZone, locale }) : undefined,
    );
  }

  protected override render(): TemplateResult {
    const view = this.view;
    if (!view) {
      return html`<article part="card" role="alert">
        ${this.program ? `No item with the id "${this.itemId}" in this program.` : nothing}
      </article>`;
    }
    const { item } = view.entry;
    const strings = this.uiStrings;
    const titleId = `${this.idPrefix}-title`;
    const abstractId = `${this.idPrefix}-abstract`;
    const status = view.entry.status;
    const mark = this.changes.markOf(view.entry.id, this.changeMark);
    const { translation, original } = view.texts;
    const texts = translation && !this.showOriginal ? translation : original;
    const parts = { strings, math: this.math, headingLevel: clampHeadingLevel(this.headingLevel, 3, 1), texts };
    const rich = { math: this.math, markdown: this.markdown };
    const format = this.textFormat ?? this.program?.textFormat;
    return html`
      <article
        part="card"
        class=${status === "cancelled" ? "cancelled" : ""}
        aria-labelledby=${titleId}
        style=${styleProperties({
          "--talk-card-accent": view.trackColor ? `var(--talk-card-accent-override, ${view.trackColor})` : undefined,
        })}
      >
        ${this.changes.unreadableNote(strings)}
        ${renderCardBadges(view, strings, mark?.badges.includes("cancelled") ?? false)}
        ${this.changes.badges(mark, view.entry, strings)} ${renderCardTitle(view, parts, titleId)}
        ${renderCardTime(view, strings)} ${renderCardPlace(view, strings)}
        ${renderCardSession(this.session ?? view.session, strings)} ${renderCardPeople(view, strings)}
        ${item.note ? html`<div class="note">${renderRichText(item.note, format, rich)}</div>` : nothing}
        ${this.expanded && texts.abstract ? html`<div part="abstract" class="abstract" id=${abstractId} lang=${ifDefined(texts.abstractLang)}>${renderRichText(texts.abstract, format, rich)}</div>` : nothing}
        ${!item.abstract && isToBeAnnounced(item, "abstract") ? html`<p class="tba">${strings.abstractToBeAnnounced}</p>` : nothing}
        ${renderCardLinks(view, strings)}
        <div part="actions" class="actions">
          ${
            item.abstract
              ? html`<button
                  type="button"
                  aria-expanded=${this.expanded ? "true" : "false"}
                  aria-controls=${abstractId}
                  @click=${this.toggleAbstract}
                >
                  ${this.expanded ? strings.hideAbstract : strings.showAbstract}
                </button>`
              : nothing
          }
          ${isTimedEntry(view.entry) ? html`<button type="button" @click=${this.downloadCalendar}>${strings.addToCalendar}</button>` : nothing}
          ${translation ? html`<button type="button" class="original-toggle" @click=${this.toggleOriginal}>${this.showOriginal ? strings.showTranslation : strings.showOriginal}</button>` : nothing}
        </div>
      </article>
    `;
  }

  private toggleAbstract(): void {
    this.expanded = !this.expanded;
    /** @internal Documented by the class's `@fires`; without this the manifest would list it twice. */
    this.dispatchEvent(new AbstractToggleEvent(this.itemId, this.expanded));
  }

  private toggleOriginal(): void {
    this.showOriginal = !this.showOriginal;
  }

  private downloadCalendar(): void {
    const entry = this.view?.entry;
    if (!this.program || !entry || !isTimedEntry(entry)) return;
    const text = toICalendar(this.program, {
      items: [entry],
      nowMs: this.clock.nowMs,
      untitled: this.uiStrings.titleToBeAnnounced,
      kindLabels: this.uiStrings.kinds,
    });
    downloadText(`${entry.id}.ics`, text, "text/calendar");
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "talk-card": TalkCardElement;
  }
  interface GlobalEventHandlersEventMap {
    "abstract-toggle": AbstractToggleEvent;
  }
}
