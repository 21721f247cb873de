import type { Link } from "@lectern/core";
import { html, nothing, type TemplateResult } from "lit";
import type { EventSummaryStrings } from "./event-summary.strings.js";
import type { SummaryListContext } from "./event-summary-lists.js";
import type { EventSummaryView } from "./event-summary-view.js";

type Rendered = TemplateResult | typeof nothing;

/** When, time zone, where and contact, as a `<dl>`; nothing when no chosen section has a fact. */
export function renderFacts(context: SummaryListContext, view: EventSummaryView): Rendered {
  const { strings, shown } = context;
  const { dates, place, event } = view;
  const facts: TemplateResult[] = [];
  if (shown.has("dates")) {
    const when = dates.endDate
      ? html`<span class="date-range">${dates.text}</span>`
      : html`<time datetime=${dates.startDate}>${dates.text}</time>`;
    facts.push(
      html`<dt>${strings.when}</dt>
        <dd class="when">${when}</dd>`,
    );
    facts.push(
      html`<dt>${strings.timeZone}</dt>
        <dd class="time-zone">${view.zoneLabel}</dd>`,
    );
  }
  if (shown.has("venue") && place) {
    const name = place.name && place.url ? html`<a href=${place.url} rel="noopener">${place.name}</a>` : place.name;
    facts.push(
      html`<dt>${strings.where}</dt>
        <dd class="venue">
          ${[name, place.address, place.locality]
            .filter((line) => line !== undefined)
            .map((line, index) => html`${index > 0 ? html`<br />` : nothing}<span>${line}</span>`)}
          ${place.url && !place.name ? html`<br /><a href=${place.url} rel="noopener">${strings.venueWebsite}</a>` : nothing}
        </dd>`,
    );
  }
  if (shown.has("contact") && event.contactEmail) {
    facts.push(
      html`<dt>${strings.contact}</dt>
        <dd class="contact"><a href="mailto:${event.contactEmail}">${event.contactEmail}</a></dd>`,
    );
  }
  return facts.length > 0 ? html`<dl part="facts" class="facts">${facts}</dl>` : nothing;
}

/** A link's text: its label ("Submit via OpenReview" for a submission link), or the name of its kind. */
export function describeLink(link: Link, strings: EventSummaryStrings): string {
  if (link.kind === "submission" && link.label) return strings.submitVia(link.label);
  if (link.kind === "registration" && link.label) return strings.registerVia(link.label);
  return link.label ?? strings.links[link.kind];
}

/** The submission and registration links as buttons, then the other links as a list. */
export function renderLinks(context: SummaryListContext, view: EventSummaryView): Rendered {
  const { strings } = context;
  if (!context.shown.has("links") || view.callsToAction.length + view.otherLinks.length === 0) return nothing;
  return html`<div part="links" class="links">
    ${view.callsToAction.map(
      (link) =>
        html`<a part="call-to-action" class="call-to-action kind-${link.kind}" href=${link.url} rel="noopener"
          >${describeLink(link, strings)}</a
        >`,
    )}
    ${
      view.otherLinks.length > 0
        ? html`<ul aria-label=${strings.linksLabel}>
            ${view.otherLinks.map((link) => html`<li><a class="kind-${link.kind}" href=${link.url} rel="noopener">${describeLink(link, strings)}</a></li>`)}
          </ul>`
        : nothing
    }
  </div>`;
}
