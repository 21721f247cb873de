import { html, nothing, type TemplateResult } from "lit";
import { renderInlineText, renderParagraphs } from "../shared/rich-text.js";
import type { SummaryListContext } from "./event-summary-lists.js";
import type { EventSummaryView } from "./event-summary-view.js";

type Rendered = TemplateResult | typeof nothing;

/** The header: kind and acronym, the title as a heading at `titleLevel`, subtitle and host conference. */
export function renderSummaryHeader(
  context: SummaryListContext,
  view: EventSummaryView,
  titleId: string,
): TemplateResult {
  const { strings, math } = context;
  const { event } = view;
  const host = event.hostConference;
  return html`<header part="header">
    <p class="eyebrow">
      <span class="badge">${strings.eventKinds[event.kind]}</span>
      ${event.acronym ? html`<span class="acronym">${event.acronym}</span>` : nothing}
    </p>
    <div part="title" class="heading title" role="heading" aria-level=${context.titleLevel} id=${titleId}>
      ${renderInlineText(event.title, math)}
    </div>
    ${event.subtitle ? html`<p class="subtitle">${renderInlineText(event.subtitle, math)}</p>` : nothing}
    ${host ? html`<p class="host">${strings.partOf} ${host.url ? html`<a href=${host.url} rel="noopener">${host.name}</a>` : host.name}</p>` : nothing}
  </header>`;
}

/** The schedule's status as a note: "Tentative schedule" clearly visible, "Final schedule" quietly, with the organisers' note. */
export function renderScheduleStatus(context: SummaryListContext, view: EventSummaryView): Rendered {
  const schedule = view.event.schedule;
  if (!context.shown.has("status") || !schedule) return nothing;
  const { strings } = context;
  return html`<div part="status" class="status ${view.tentative ? "tentative" : "final"}" role="note">
    <strong>${view.tentative ? strings.tentativeSchedule : strings.finalSchedule}</strong>
    ${renderParagraphs(schedule.note, context.math)}
  </div>`;
}
