import { html, nothing, type TemplateResult } from "lit";
import { presentationMark } from "../shared/presentation-mark.js";
import type { UiStrings } from "../shared/ui-strings.js";
import type { TalkCardView } from "./talk-card-view.js";

/**
 * The badges: the kind; the status unless confirmed (or `cancelledSinceBefore`, which a change
 * badge already says); and "Remote" or "Hybrid" in words (in person, the default, is not marked).
 */
export function renderCardBadges(
  view: TalkCardView,
  strings: UiStrings,
  cancelledSinceBefore: boolean,
): TemplateResult {
  const { item, status } = view.entry;
  const presented = presentationMark(item.presentation, strings);
  return html`<header>
    <span part="badge" class="badge kind-${item.kind}">${strings.kinds[item.kind]}</span>
    ${status === "confirmed" || cancelledSinceBefore ? nothing : html`<span part="badge" class="badge status-${status}">${status === "cancelled" ? strings.cancelled : strings.tentative}</span>`}
    ${presented ? html`<span part="badge" class="badge presentation-${item.presentation}">${presented}</span>` : nothing}
  </header>`;
}
