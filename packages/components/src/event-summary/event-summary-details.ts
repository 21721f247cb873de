import { html, nothing, type TemplateResult } from "lit";
import { renderParagraphs } from "../shared/rich-text.js";
import { renderSectionHeading, type SummaryListContext } from "./event-summary-lists.js";
import type { CollapsibleSection } from "./event-summary-view.js";

/** A folded section's state, and whom to tell when the visitor (or find-in-page) opens or closes it. */
export interface DetailsState {
  readonly open: boolean;
  /** `open` is the state wanted; without it, the other one. */
  readonly onToggle: (open?: boolean) => void;
}

/**
 * A long text (the call for papers, the publication policy) folded behind a button with
 * `aria-expanded`; nothing when the section is not chosen or the program has no such text.
 */
export function renderDetails(
  context: SummaryListContext,
  section: CollapsibleSection,
  title: string,
  text: string | undefined,
  state: DetailsState,
): TemplateResult | typeof nothing {
  if (!context.shown.has(section) || !text) return nothing;
  const bodyId = `${context.idPrefix}-${section}`;
  // hidden="until-found" (not display: none) lets the browser's find-in-page search the
  // folded text and open it (the beforematch event) when a match is inside.
  return html`<section part="details" class=${section}>
    ${renderSectionHeading(
      context,
      html`<button
        type="button"
        class="disclosure"
        aria-expanded=${state.open ? "true" : "false"}
        aria-controls=${bodyId}
        @click=${() => state.onToggle()}
      >
        ${title}
      </button>`,
    )}
    <div
      class="collapsible-body"
      id=${bodyId}
      hidden=${state.open ? nothing : "until-found"}
      @beforematch=${() => state.onToggle(true)}
    >
      ${renderParagraphs(text, context.math)}
    </div>
  </section>`;
}
