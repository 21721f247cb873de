import type { Link, Program } from "@lectern/core";
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from "lit";
import { property, state } from "lit/decorators.js";
import { MathController } from "../shared/math-controller.js";
import { resolveLocale, viewerTimeZone } from "../shared/resolve-locale.js";
import { renderInlineText, renderParagraphs } from "../shared/rich-text.js";
import { themeStyles } from "../shared/theme.styles.js";
import { mergeEventSummaryStrings, type EventSummaryStrings } from "./event-summary.strings.js";
import { eventSummaryStyles } from "./event-summary.styles.js";
import {
  readSections,
  viewEventSummary,
  type CollapsibleSection,
  type EventSummarySection,
  type EventSummaryView,
} from "./event-summary-view.js";
import { renderAwards, renderImportantDates, renderPeopleSections, renderSectionHeading, type SummaryListContext } from "./event-summary-lists.js";
import { badgeStyles } from "../shared/badge.styles.js";

let nextId = 0;

type Rendered = TemplateResult | typeof nothing;

/**
 * The header of an event's program: title, acronym and subtitle, kind, host conference, dates
 * and the event's time zone (the organisers' label), venue, description (with TeX math),
 * organisers and invited speakers with affiliations, contact, links with the submission link
 * as a button, important dates (a deadline "AoE" also on the visitor's clock), the call for
 * papers and publication policy behind disclosure buttons, awards, and a clearly visible
 * notice when the schedule is tentative.
 *
 * Text from the program is always rendered as text, never as HTML.
 *
 * @tag event-summary
 * @slot - Fallback content, shown until a program is set (progressive enhancement).
 * @csspart summary - The summary box (an `<article>`).
 * @csspart header - Kind, acronym, title, subtitle and host conference.
 * @csspart title - The title heading.
 * @csspart status - The schedule status notice ("Tentative schedule").
 * @csspart facts - When, time zone, where, contact.
 * @csspart links - The call-to-action buttons and the other links.
 * @csspart call-to-action - The submission and registration links, styled as buttons.
 * @csspart description - The description paragraphs.
 * @csspart people - The organisers and the invited speakers.
 * @csspart important-dates - The list of important dates.
 * @csspart details - The call for papers and publication policy sections.
 * @csspart awards - The awards.
 * @cssproperty --event-summary-background - Box background (default: `--program-color-background`).
 * @cssproperty --event-summary-border-color - Box border (default: `--program-color-border`).
 * @cssproperty --event-summary-padding - Inner spacing (default: 1.5 × `--program-space`).
 * @cssproperty --event-summary-accent - Background of the call-to-action buttons (default: `--program-color-accent`).
 * @cssproperty --event-summary-title-size - Font size of the title (default: `1.6em`).
 */
export class EventSummaryElement extends LitElement {
  static override styles = [themeStyles, badgeStyles, eventSummaryStyles];

  /** The program whose event to show (set as a property). */
  @property({ attribute: false }) program?: Program;

  /** Locale for dates; defaults to the page's `lang`, then the browser's. */
  @property() locale?: string;

  /** The visitor's IANA zone, for important date-times; defaults to the browser's. */
  @property({ attribute: "viewer-zone" }) viewerZone?: string;

  /** Overrides of the texts the summary shows (translations). */
  @property({ attribute: false }) strings?: Partial<EventSummaryStrings>;

  /** The heading level of the title (1-6), to fit the page's outline; section headings are one level below. */
  @property({ type: Number, attribute: "heading-level" }) headingLevel = 2;

  /**
   * Which sections to show, comma separated (default: all): `title`, `status`, `dates`,
   * `venue`, `contact`, `links`, `description`, `organisers`, `speakers`, `important-dates`,
   * `call-for-papers`, `publication-policy`, `awards`. The order shown is always this one.
   */
  @property() sections?: string;

  /** `light`, `dark`, or `auto` (follow the system). */
  @property({ reflect: true }) theme?: "light" | "dark" | "auto";

  @state() private view?: EventSummaryView;
  @state() private openSections: ReadonlySet<CollapsibleSection> = new Set();
  private uiStrings: EventSummaryStrings = mergeEventSummaryStrings(undefined);
  private shown: ReadonlySet<EventSummarySection> = readSections(undefined);
  private viewKey = "";
  private readonly math = new MathController(this);
  private readonly idPrefix = `event-summary-${(nextId += 1)}`;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("strings")) this.uiStrings = mergeEventSummaryStrings(this.strings);
    if (changed.has("sections")) this.shown = readSections(this.sections);
    // The locale may come from the page's `lang`, which no property change announces: the view
    // is rebuilt whenever its inputs read differently, not only when a property changed.
    const locale = resolveLocale(this, this.locale);
    const viewerZone = this.viewerZone ?? viewerTimeZone();
    const key = `${locale}|${viewerZone}`;
    if (changed.has("program") || key !== this.viewKey) {
      this.viewKey = key;
      this.view = this.program ? viewEventSummary(this.program, { locale, viewerZone }) : undefined;
    }
  }

  protected override render(): TemplateResult {
    const view = this.view;
    if (!view) return html`<slot></slot>`;
    const titleId = `${this.idPrefix}-title`;
    const showsTitle = this.shown.has("title");
    const lists = this.listContext;
    return html`
      <article
        part="summary"
        aria-labelledby=${showsTitle ? titleId : nothing}
        aria-label=${showsTitle ? nothing : view.event.title}
      >
        ${showsTitle ? this.renderHeader(view, titleId) : nothing}
        ${this.renderStatus(view)}
        ${this.renderFacts(view)}
        ${this.renderLinks(view)}
        ${this.shown.has("description") && view.event.description
          ? html`<div part="description" class="description">${renderParagraphs(view.event.description, this.math)}</div>`
          : nothing}
        ${renderPeopleSections(lists, view)}
        ${renderImportantDates(lists, view)}
        ${this.renderCollapsible("call-for-papers", this.uiStrings.callForPapers, view.event.callForPapers)}
        ${this.renderCollapsible("publication-policy", this.uiStrings.publicationPolicy, view.event.publicationPolicy)}
        ${renderAwards(lists, view)}
      </article>
    `;
  }

  private get titleLevel(): number {
    return Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
  }

  private get listContext(): SummaryListContext {
    const sectionLevel = Math.min(6, this.titleLevel + 1);
    return { strings: this.uiStrings, math: this.math, shown: this.shown, sectionLevel, idPrefix: this.idPrefix };
  }

  private renderHeader(view: EventSummaryView, titleId: string): TemplateResult {
    const { event } = view;
    const host = event.hostConference;
    return html`<header part="header">
      <p class="eyebrow">
        <span class="badge">${this.uiStrings.eventKinds[event.kind]}</span>
        ${event.acronym ? html`<span class="acronym">${event.acronym}</span>` : nothing}
      </p>
      <div part="title" class="heading title" role="heading" aria-level=${this.titleLevel} id=${titleId}>${renderInlineText(event.title, this.math)}</div>
      ${event.subtitle ? html`<p class="subtitle">${renderInlineText(event.subtitle, this.math)}</p>` : nothing}
      ${host
        ? html`<p class="host">${this.uiStrings.partOf} ${host.url ? html`<a href=${host.url} rel="noopener">${host.name}</a>` : host.name}</p>`
        : nothing}
    </header>`;
  }

  private renderStatus(view: EventSummaryView): Rendered {
    const schedule = view.event.schedule;
    if (!this.shown.has("status") || !schedule) return nothing;
    const strings = this.uiStrings;
    return html`<div part="status" class="status ${view.tentative ? "tentative" : "final"}" role="note">
      <strong>${view.tentative ? strings.tentativeSchedule : strings.finalSchedule}</strong>
      ${renderParagraphs(schedule.note, this.math)}
    </div>`;
  }

  private renderFacts(view: EventSummaryView): Rendered {
    const strings = this.uiStrings;
    const { dates, place, event } = view;
    const facts: TemplateResult[] = [];
    if (this.shown.has("dates")) {
      const when = dates.endDate
        ? html`<span class="date-range">${dates.text}</span>`
        : html`<time datetime=${dates.startDate}>${dates.text}</time>`;
      facts.push(html`<dt>${strings.when}</dt><dd class="when">${when}</dd>`);
      facts.push(html`<dt>${strings.timeZone}</dt><dd class="time-zone">${view.zoneLabel}</dd>`);
    }
    if (this.shown.has("venue") && place) {
      const name = place.name && place.url ? html`<a href=${place.url} rel="noopener">${place.name}</a>` : place.name;
      facts.push(html`<dt>${strings.where}</dt>
        <dd class="venue">
          ${[name, place.address, place.locality]
            .filter((line) => line !== undefined)
            .map((line, index) => html`${index > 0 ? html`<br />` : nothing}<span>${line}</span>`)}
          ${place.url && !place.name ? html`<br /><a href=${place.url} rel="noopener">${strings.venueWebsite}</a>` : nothing}
        </dd>`);
    }
    if (this.shown.has("contact") && event.contactEmail) {
      facts.push(html`<dt>${strings.contact}</dt><dd class="contact"><a href="mailto:${event.contactEmail}">${event.contactEmail}</a></dd>`);
    }
    return facts.length > 0 ? html`<dl part="facts" class="facts">${facts}</dl>` : nothing;
  }

  private linkText(link: Link): string {
    const strings = this.uiStrings;
    if (link.kind === "submission" && link.label) return strings.submitVia(link.label);
    if (link.kind === "registration" && link.label) return strings.registerVia(link.label);
    return link.label ?? strings.links[link.kind];
  }

  private renderLinks(view: EventSummaryView): Rendered {
    if (!this.shown.has("links") || view.callsToAction.length + view.otherLinks.length === 0) return nothing;
    return html`<div part="links" class="links">
      ${view.callsToAction.map(
        (link) => html`<a part="call-to-action" class="call-to-action kind-${link.kind}" href=${link.url} rel="noopener">${this.linkText(link)}</a>`,
      )}
      ${view.otherLinks.length > 0
        ? html`<ul aria-label=${this.uiStrings.linksLabel}>
            ${view.otherLinks.map((link) => html`<li><a class="kind-${link.kind}" href=${link.url} rel="noopener">${this.linkText(link)}</a></li>`)}
          </ul>`
        : nothing}
    </div>`;
  }

  private renderCollapsible(section: CollapsibleSection, title: string, text: string | undefined): Rendered {
    if (!this.shown.has(section) || !text) return nothing;
    const open = this.openSections.has(section);
    const bodyId = `${this.idPrefix}-${section}`;
    // hidden="until-found" (not display: none) lets the browser's find-in-page search the
    // folded text and open it (the beforematch event) when a match is inside.
    return html`<section part="details" class=${section}>
      ${renderSectionHeading(
        this.listContext,
        html`<button type="button" class="disclosure" aria-expanded=${open ? "true" : "false"} aria-controls=${bodyId} @click=${() => this.toggleSection(section)}>
          ${title}
        </button>`,
      )}
      <div class="collapsible-body" id=${bodyId} hidden=${open ? nothing : "until-found"} @beforematch=${() => this.toggleSection(section, true)}>
        ${renderParagraphs(text, this.math)}
      </div>
    </section>`;
  }

  private toggleSection(section: CollapsibleSection, open = !this.openSections.has(section)): void {
    const next = new Set(this.openSections);
    if (open) next.add(section);
    else next.delete(section);
    this.openSections = next;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "event-summary": EventSummaryElement;
  }
}
