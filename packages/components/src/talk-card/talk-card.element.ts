import { isTimedEntry, isToBeAnnounced, timeZoneModes, toICalendar, type Program, type TimeZoneMode } from "@lectern/core";
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from "lit";
import { property, state } from "lit/decorators.js";
import { ifDefined } from "lit/directives/if-defined.js";
import { downloadText } from "../shared/download-text.js";
import { MathController } from "../shared/math-controller.js";
import { resolveLocale, viewerTimeZone } from "../shared/resolve-locale.js";
import { renderInlineText, renderParagraphs } from "../shared/rich-text.js";
import { themeStyles } from "../shared/theme.styles.js";
import { mergeUiStrings, type UiStrings, dayShiftLabel } from "../shared/ui-strings.js";
import { talkCardStyles } from "./talk-card.styles.js";
import { viewTalkCard, type CardPerson, type TalkCardView } from "./talk-card-view.js";
import { badgeStyles } from "../shared/badge.styles.js";

/** Fired when the visitor shows or hides the abstract. */
export class AbstractToggleEvent extends Event {
  static readonly eventName = "abstract-toggle";
  constructor(
    readonly itemId: string,
    readonly expanded: boolean,
  ) {
    super(AbstractToggleEvent.eventName, { bubbles: true, composed: true });
  }
}

let nextId = 0;

/**
 * One item of a program: kind, title (or "Title to be announced"), time in the event's zone
 * with the organisers' label and, when it differs, the visitor's; room, track, speakers,
 * ordered authors with affiliations and the presenting author marked; the abstract behind a
 * button; typed links; and an "Add to calendar" `.ics` download.
 *
 * @tag talk-card
 * @fires abstract-toggle - {AbstractToggleEvent} The visitor showed or hid the abstract.
 * @csspart card - The card box (an `<article>`).
 * @csspart badge - The kind and status badges.
 * @csspart title - The title heading.
 * @csspart time - The time line(s).
 * @csspart people - The speakers and authors.
 * @csspart abstract - The abstract, when shown.
 * @csspart links - The list of links.
 * @csspart actions - The buttons.
 * @cssproperty --talk-card-background - Card background (default: `--program-color-background`).
 * @cssproperty --talk-card-border-color - Card border (default: `--program-color-border`).
 * @cssproperty --talk-card-accent - The stripe on the start side (default: the track's colour).
 * @cssproperty --talk-card-padding - Inner spacing (default: `--program-space`).
 */
export class TalkCardElement extends LitElement {
  static override styles = [themeStyles, badgeStyles, talkCardStyles];

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

  /** The heading level of the title (2-6), to fit the page's outline. */
  @property({ type: Number, attribute: "heading-level" }) headingLevel = 3;

  /** Whether the abstract is shown. */
  @property({ type: Boolean, reflect: true }) expanded = false;

  /** `light`, `dark`, or `auto` (follow the system). */
  @property({ reflect: true }) theme?: "light" | "dark" | "auto";

  @state() private view?: TalkCardView;
  @state() private uiStrings: UiStrings = mergeUiStrings(undefined);
  private resolvedLocale = "en";
  private readonly math = new MathController(this);
  private readonly idPrefix = `talk-card-${(nextId += 1)}`;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("strings")) this.uiStrings = mergeUiStrings(this.strings);
    this.resolvedLocale = resolveLocale(this, this.locale);
    const mode = timeZoneModes.includes(this.timeZoneMode) ? this.timeZoneMode : "both";
    this.view = this.program
      ? viewTalkCard(this.program, this.itemId, { mode, viewerZone: this.viewerZone ?? viewerTimeZone(), locale: this.resolvedLocale })
      : undefined;
  }

  protected override render(): TemplateResult {
    const view = this.view;
    if (!view) {
      return html`<article part="card" role="alert">${this.program ? `No item with the id "${this.itemId}" in this program.` : nothing}</article>`;
    }
    const { item } = view.entry;
    const strings = this.uiStrings;
    const titleId = `${this.idPrefix}-title`;
    const abstractId = `${this.idPrefix}-abstract`;
    const status = view.entry.status;
    return html`
      <article
        part="card"
        class=${status === "cancelled" ? "cancelled" : ""}
        aria-labelledby=${titleId}
        style=${ifDefined(view.trackColor ? `--talk-card-accent: var(--talk-card-accent-override, ${view.trackColor})` : undefined)}
      >
        <header>
          <span part="badge" class="badge kind-${item.kind}">${strings.kinds[item.kind]}</span>
          ${status === "confirmed" ? nothing : html`<span part="badge" class="badge status-${status}">${status === "cancelled" ? strings.cancelled : strings.tentative}</span>`}
        </header>
        ${this.renderTitle(titleId)}
        ${this.renderTime(view)}
        ${this.renderPlace(view)}
        ${this.renderPeople(view)}
        ${item.note ? html`<div class="note">${renderParagraphs(item.note, this.math)}</div>` : nothing}
        ${this.expanded && item.abstract ? html`<div part="abstract" class="abstract" id=${abstractId}>${renderParagraphs(item.abstract, this.math)}</div>` : nothing}
        ${!item.abstract && isToBeAnnounced(item, "abstract") ? html`<p class="tba">${strings.abstractToBeAnnounced}</p>` : nothing}
        ${this.renderLinks()}
        <div part="actions" class="actions">
          ${item.abstract
            ? html`<button type="button" aria-expanded=${this.expanded ? "true" : "false"} aria-controls=${abstractId} @click=${this.toggleAbstract}>
                ${this.expanded ? strings.hideAbstract : strings.showAbstract}
              </button>`
            : nothing}
          ${isTimedEntry(view.entry) ? html`<button type="button" @click=${this.downloadCalendar}>${strings.addToCalendar}</button>` : nothing}
        </div>
      </article>
    `;
  }

  private renderTitle(titleId: string): TemplateResult {
    const { item } = this.view!.entry;
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
    const content = item.title
      ? html`<span class="title-text">${renderInlineText(item.title, this.math)}</span>`
      : html`<span class="title-text ${isToBeAnnounced(item, "title") ? "tba" : ""}">${isToBeAnnounced(item, "title") ? this.uiStrings.titleToBeAnnounced : this.uiStrings.kinds[item.kind]}</span>`;
    return html`<div part="title" class="title" role="heading" aria-level=${level} id=${titleId}>${content}</div>`;
  }

  private renderTime(view: TalkCardView): TemplateResult | typeof nothing {
    const entry = view.entry;
    if (!isTimedEntry(entry)) {
      return entry.durationMinutes === undefined ? nothing : html`<p part="time" class="meta time">${this.uiStrings.minutes(entry.durationMinutes)}</p>`;
    }
    const time = view.time!;
    const shift = dayShiftLabel(time.viewerDayShift, this.uiStrings);
    return html`<p part="time" class="meta time">
      ${time.event
        ? html`<span><time datetime=${entry.start}>${time.event.range}</time> <span class="zone">${time.event.zoneLabel}</span></span>`
        : nothing}
      ${time.viewer
        ? html`<span class="viewer-time"
            ><time datetime=${entry.start}>${time.viewer.range}</time> <span class="zone">${time.viewer.zoneLabel}</span>
            ${time.event ? html`(${this.uiStrings.yourTime}${shift ? html`, <strong>${shift}: ${time.viewer.dateText}</strong>` : nothing})` : shift ? html`(<strong>${time.viewer.dateText}</strong>)` : nothing}</span
          >`
        : nothing}
    </p>`;
  }

  private renderPlace(view: TalkCardView): TemplateResult | typeof nothing {
    const board = view.entry.item.board;
    if (!view.roomName && !view.trackName && !board) return nothing;
    return html`<p class="meta place">
      ${view.roomName ? html`<span><span class="visually-hidden">${this.uiStrings.room}: </span>${view.roomName}</span>` : nothing}
      ${view.trackName ? html`<span>${this.uiStrings.track}: ${view.trackName}</span>` : nothing}
      ${board ? html`<span>${this.uiStrings.board} ${board}</span>` : nothing}
    </p>`;
  }

  private renderPerson(person: CardPerson): TemplateResult {
    return html`<li>
      <span class="person-name ${person.name ? "" : "tba"}">${person.name ?? this.uiStrings.nameToBeAnnounced}</span>${person.presenting
        ? html`<span class="presenting-mark" aria-hidden="true">*</span><span class="visually-hidden"> (${this.uiStrings.presenting})</span>`
        : nothing}${person.affiliations.length > 0 ? html` <span class="affiliation">(${person.affiliations.join("; ")})</span>` : nothing}
    </li>`;
  }

  private renderPeople(view: TalkCardView): TemplateResult | typeof nothing {
    const strings = this.uiStrings;
    const speakers = view.speakers.length > 0
      ? html`<ul class="people speakers" aria-label=${strings.speakers}>${view.speakers.map((person) => this.renderPerson(person))}</ul>`
      : view.speakersToBeAnnounced
        ? html`<p class="tba">${strings.speakerToBeAnnounced}</p>`
        : nothing;
    const authors = view.authors.length > 0
      ? html`<ol class="people authors" aria-label=${strings.authors}>${view.authors.map((person) => this.renderPerson(person))}</ol>`
      : nothing;
    if (speakers === nothing && authors === nothing) return nothing;
    return html`<div part="people">${speakers}${authors}</div>`;
  }

  private renderLinks(): TemplateResult | typeof nothing {
    const links = this.view!.entry.item.links ?? [];
    if (links.length === 0) return nothing;
    return html`<ul part="links" class="links" aria-label=${this.uiStrings.linksLabel}>
      ${links.map((link) => html`<li><a href=${link.url} rel="noopener">${link.label ?? this.uiStrings.links[link.kind]}</a></li>`)}
    </ul>`;
  }

  private toggleAbstract(): void {
    this.expanded = !this.expanded;
    this.dispatchEvent(new AbstractToggleEvent(this.itemId, this.expanded));
  }

  private downloadCalendar(): void {
    const entry = this.view?.entry;
    if (!this.program || !entry || !isTimedEntry(entry)) return;
    const text = toICalendar(this.program, {
      items: [entry],
      nowMs: Date.now(),
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
