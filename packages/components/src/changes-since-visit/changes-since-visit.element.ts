import type { Program } from "@lectern/core";
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from "lit";
import { property } from "lit/decorators.js";
import { changeBadgeStyles } from "../shared/change-badge.styles.js";
import { renderChangeText } from "../shared/change-badges.js";
import { clampHeadingLevel } from "../shared/heading-level.js";
import { Memo } from "../shared/memo.js";
import { problemsStyles } from "../shared/problems.styles.js";
import { ProgramSourceController } from "../shared/program-source-controller.js";
import { renderProblems } from "../shared/render-problems.js";
import { resolveLocale } from "../shared/resolve-locale.js";
import { badgeStyles } from "../shared/badge.styles.js";
import { themeStyles } from "../shared/theme.styles.js";
import { changesSinceVisitStyles } from "./changes-since-visit.styles.js";
import { mergeChangesSinceVisitStrings, type ChangesSinceVisitStrings } from "./changes-since-visit.strings.js";
import { visitChangeRows, type VisitChangeRow } from "./visit-change-rows.js";
import { VisitMemoryController } from "./visit-memory-controller.js";

let nextId = 0;

/**
 * "Changed since your last visit": the visitor's favourites (starred in `<schedule-grid>`)
 * that moved, were cancelled, retitled or removed since they last saw them, each with its
 * badges in words and what it was ("Moved, was Mon 27 Apr 14:00–14:30, now 09:40–10:10"),
 * in the event's zone; and "Mark as seen". What was seen is kept in localStorage beside the
 * favourites, for each program, and saved again on every visit. With nothing changed, or
 * storage unavailable (a private window), it shows nothing and takes no room: put it above
 * the grid and it appears only when there is something to say.
 *
 * Data comes from, in this order of precedence: the `program` property; an inline
 * `<script type="application/json">` child; the `src` URL (give it the grid's: it is fetched once).
 *
 * @tag changes-since-visit
 * @csspart changes - The box (a `<section>`), drawn only when a favourite changed.
 * @csspart heading - Its heading.
 * @csspart item - One changed favourite.
 * @csspart change - Its badges ("Moved") and what it was.
 * @csspart now - Its time and room now, when it moved.
 * @csspart mark-seen - The "Mark as seen" button.
 * @csspart problems - The error box for invalid data.
 * @cssproperty --changes-since-visit-background - Box background (default: `--program-color-surface`).
 * @cssproperty --changes-since-visit-accent - Box border (default: `--program-color-accent`).
 */
export class ChangesSinceVisitElement extends LitElement {
  static override styles = [themeStyles, badgeStyles, changeBadgeStyles, changesSinceVisitStyles, problemsStyles];

  /** URL of the program JSON (used when neither `program` nor inline JSON is given). */
  @property() src?: string;

  /** The program, as a parsed `Program` or raw data (validated either way). */
  @property({ attribute: false }) program?: unknown;

  /** Locale for dates and times; defaults to the page's `lang`, then the browser's. */
  @property() locale?: string;

  /** Overrides of the texts it shows (translations). */
  @property({ attribute: false }) strings?: Partial<ChangesSinceVisitStrings>;

  /** The heading level of "Changed since your last visit" (2-6). */
  @property({ type: Number, attribute: "heading-level" }) headingLevel = 2;

  /** `light`, `dark`, or `auto` (follow the system). */
  @property({ reflect: true }) theme?: "light" | "dark" | "auto";

  private uiStrings = mergeChangesSinceVisitStrings(undefined);
  private rows: readonly VisitChangeRow[] = [];
  private readonly mergedStrings = new Memo<
    [Partial<ChangesSinceVisitStrings> | undefined],
    ChangesSinceVisitStrings
  >();
  private readonly source = new ProgramSourceController(this);
  private readonly memory = new VisitMemoryController(this);
  private readonly headingId = `changes-since-visit-${(nextId += 1)}`;

  protected override willUpdate(_changed: PropertyValues<this>): void {
    this.uiStrings = this.mergedStrings.get([this.strings], mergeChangesSinceVisitStrings);
    this.source.update({ value: this.program, src: this.src });
    const state = this.source.state;
    const program: Program | undefined = state.status === "ready" ? state.data : undefined;
    this.memory.show(program);
    this.rows = program
      ? visitChangeRows(
          this.memory.changed,
          this.memory.current,
          program,
          resolveLocale(this, this.locale),
          this.uiStrings,
        )
      : [];
  }

  protected override render(): TemplateResult | typeof nothing {
    const state = this.source.state;
    const strings = this.uiStrings;
    if (state.status === "error")
      return renderProblems(strings.invalidProgram(state.source, state.problems.length), state.problems);
    if (this.rows.length === 0) return nothing;
    return html`<section part="changes" class="changes" aria-labelledby=${this.headingId}>
      <div
        part="heading"
        class="heading"
        role="heading"
        aria-level=${clampHeadingLevel(this.headingLevel, 2)}
        id=${this.headingId}
      >
        ${strings.changedSinceLastVisit}
      </div>
      <ul class="items">
        ${this.rows.map(
          (row) =>
            html`<li part="item" class="item" data-item-id=${row.id}>
              ${row.href ? html`<a class="title" href=${row.href}>${row.title}</a>` : html`<span class="title">${row.title}</span>`}
              ${renderChangeText(row, row.changes)}
              ${row.now ? html`<p part="now" class="now">${row.now}</p>` : nothing}
            </li>`,
        )}
      </ul>
      <button type="button" part="mark-seen" class="mark-seen" @click=${() => this.memory.markSeen()}>
        ${strings.markChangesSeen}
      </button>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "changes-since-visit": ChangesSinceVisitElement;
  }
}
