import type { Program } from "@lectern/core";
import { html, LitElement, nothing, type TemplateResult } from "lit";
import { property, state } from "lit/decorators.js";
import { clampHeadingLevel } from "../shared/heading-level.js";
import { MathController } from "../shared/math-controller.js";
import { Memo } from "../shared/memo.js";
import { resolveLocale } from "../shared/resolve-locale.js";
import { ServerMarkupController } from "../shared/server-markup-controller.js";
import { renderParagraphs } from "../shared/rich-text.js";
import { themeStyles } from "../shared/theme.styles.js";
import { toggleMember } from "../shared/toggle-member.js";
import { mergeEventSummaryStrings, type EventSummaryStrings } from "./event-summary.strings.js";
import { eventSummaryStyles } from "./event-summary.styles.js";
import {
  readSections,
  viewEventSummary,
  type CollapsibleSection,
  type EventSummarySection,
  type EventSummaryView,
} from "./event-summary-view.js";
import { renderDetails, type DetailsState } from "./event-summary-details.js";
import { renderFacts, renderLinks } from "./event-summary-facts.js";
import { renderScheduleStatus, renderSummaryHeader } from "./event-summary-header.js";
import {
  renderAwards,
  renderImportantDates,
  renderPeopleSections,
  type SummaryListContext,
} from "./event-summary-lists.js";
import { badgeStyles } from "../shared/badge.styles.js";

let nextId = 0;

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
  static override styles = [themeStyles, badgeStyles, ...eventSummaryStyles];

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

  @state() private openSections: ReadonlySet<CollapsibleSection> = new Set();
  private view?: EventSummaryView;
  private uiStrings: EventSummaryStrings = mergeEventSummaryStrings(undefined);
  private shown: ReadonlySet<EventSummarySection> = readSections(undefined);
  private readonly mergedStrings = new Memo<[Partial<EventSummaryStrings> | undefined], EventSummaryStrings>();
  private readonly chosenSections = new Memo<[string | undefined], ReadonlySet<EventSummarySection>>();
  private readonly summaryView = new Memo<[Program | undefined, string, string], EventSummaryView | undefined>();
  private readonly math = new MathController(this);
  private readonly serverMarkup = new ServerMarkupController(this);
  private readonly idPrefix = `event-summary-${(nextId += 1)}`;

  protected override willUpdate(): void {
    this.uiStrings = this.mergedStrings.get([this.strings], mergeEventSummaryStrings);
    this.shown = this.chosenSections.get([this.sections], readSections);
    // The locale may come from the page's `lang`, which no property change announces: it is
    // read on every update, and the view is rebuilt when it reads differently.
    const locale = resolveLocale(this, this.locale);
    this.view = this.summaryView.get(
      [this.program, locale, this.serverMarkup.viewerZone(this.viewerZone, this.program?.event.timeZone ?? "UTC")],
      (program, locale, viewerZone) => (program ? viewEventSummary(program, { locale, viewerZone }) : undefined),
    );
  }

  protected override render(): TemplateResult {
    const view = this.view;
    if (!view) return html`<slot></slot>`;
    const titleId = `${this.idPrefix}-title`;
    const context = this.context;
    const showsTitle = context.shown.has("title");
    const { strings } = context;
    return html`
      <article
        part="summary"
        aria-labelledby=${showsTitle ? titleId : nothing}
        aria-label=${showsTitle ? nothing : view.event.title}
      >
        ${showsTitle ? renderSummaryHeader(context, view, titleId) : nothing} ${renderScheduleStatus(context, view)}
        ${renderFacts(context, view)} ${renderLinks(context, view)}
        ${
          context.shown.has("description") && view.event.description
            ? html`<div part="description" class="description">
                ${renderParagraphs(view.event.description, this.math)}
              </div>`
            : nothing
        }
        ${renderPeopleSections(context, view)} ${renderImportantDates(context, view)}
        ${renderDetails(context, "call-for-papers", strings.callForPapers, view.event.callForPapers, this.detailsState("call-for-papers"))}
        ${renderDetails(context, "publication-policy", strings.publicationPolicy, view.event.publicationPolicy, this.detailsState("publication-policy"))}
        ${renderAwards(context, view)}
      </article>
    `;
  }

  private get context(): SummaryListContext {
    const titleLevel = clampHeadingLevel(this.headingLevel, 2, 1);
    return {
      strings: this.uiStrings,
      math: this.math,
      shown: this.shown,
      titleLevel,
      sectionLevel: Math.min(6, titleLevel + 1),
      idPrefix: this.idPrefix,
    };
  }

  private detailsState(section: CollapsibleSection): DetailsState {
    return {
      open: this.openSections.has(section),
      onToggle: (open) => (this.openSections = toggleMember(this.openSections, section, open)),
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "event-summary": EventSummaryElement;
  }
}
