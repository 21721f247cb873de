import { html, nothing, type TemplateResult } from "lit";
import type { MathController } from "../shared/math-controller.js";
import { renderInlineText, renderParagraphs } from "../shared/rich-text.js";
import type { EventSummaryStrings } from "./event-summary.strings.js";
import type { EventSummarySection, EventSummaryView, SummaryPerson } from "./event-summary-view.js";

/**
 * What the templates of `<event-summary>` need from the element: its texts, its math
 * renderer, which sections it shows, the levels of its title and section headings and a
 * prefix for ids unique to the element.
 */
export interface SummaryListContext {
  readonly strings: EventSummaryStrings;
  readonly math: MathController;
  readonly shown: ReadonlySet<EventSummarySection>;
  /** The title's heading level, 1-6. */
  readonly titleLevel: number;
  /** The section headings' level: one below the title's, at most 6. */
  readonly sectionLevel: number;
  readonly idPrefix: string;
}

type Rendered = TemplateResult | typeof nothing;

/** A section heading one level below the title (a `role="heading"` so the level can follow the page). */
export function renderSectionHeading(
  context: SummaryListContext,
  text: string | TemplateResult,
  id?: string,
): TemplateResult {
  return html`<div
    class="heading section-heading"
    role="heading"
    aria-level=${context.sectionLevel}
    id=${id ?? nothing}
  >
    ${text}
  </div>`;
}

function renderPerson(context: SummaryListContext, person: SummaryPerson): TemplateResult {
  const name = person.name ?? context.strings.nameToBeAnnounced;
  return html`<li>
    <span class="person-name ${person.name ? "" : "tba"}"
      >${person.homepage ? html`<a href=${person.homepage} rel="noopener">${name}</a>` : name}</span
    >${
      person.role ? html`, <span class="role">${person.role}</span>` : nothing
    }${person.affiliations.length > 0 ? html` <span class="affiliation">(${person.affiliations.join("; ")})</span>` : nothing}
  </li>`;
}

function renderPeople(
  context: SummaryListContext,
  kind: "organisers" | "speakers",
  title: string,
  people: readonly SummaryPerson[],
): Rendered {
  if (!context.shown.has(kind) || people.length === 0) return nothing;
  const headingId = `${context.idPrefix}-${kind}`;
  return html`<section class=${kind}>
    ${renderSectionHeading(context, title, headingId)}
    <ul class="people" aria-labelledby=${headingId}>
      ${people.map((person) => renderPerson(context, person))}
    </ul>
  </section>`;
}

/** The organisers (name, role, affiliations) and the invited speakers, side by side when there is room. */
export function renderPeopleSections(context: SummaryListContext, view: EventSummaryView): Rendered {
  const organisers = renderPeople(context, "organisers", context.strings.organisers, view.organisers);
  const speakers = renderPeople(context, "speakers", context.strings.invitedSpeakers, view.invitedSpeakers);
  if (organisers === nothing && speakers === nothing) return nothing;
  return html`<div part="people" class="people-grid">${organisers}${speakers}</div>`;
}

/** Important dates as a `<dl>`: label, `<time>` with its zone, the visitor's clock when it differs, note. */
export function renderImportantDates(context: SummaryListContext, view: EventSummaryView): Rendered {
  if (!context.shown.has("important-dates") || view.importantDates.length === 0) return nothing;
  const headingId = `${context.idPrefix}-important-dates`;
  return html`<section class="important-dates">
    ${renderSectionHeading(context, context.strings.importantDates, headingId)}
    <dl part="important-dates" class="dates" aria-labelledby=${headingId}>
      ${view.importantDates.map(
        (date) =>
          html`<dt>${date.label}</dt>
            <dd>
              <time datetime=${date.dateTime}>${date.text}</time
              >${date.zoneLabel ? html` <span class="zone">${date.zoneLabel}</span>` : nothing}
              ${
                date.viewer
                  ? html`<span class="viewer-time"
                      >(${context.strings.yourTime}: ${date.viewer.text}
                      <span class="zone">${date.viewer.zoneLabel}</span>)</span
                    >`
                  : nothing
              }
              ${date.note ? html`<span class="note">${date.note}</span>` : nothing}
            </dd>`,
      )}
    </dl>
  </section>`;
}

/** Awards: name, description (with math) and the titles of the items that won. */
export function renderAwards(context: SummaryListContext, view: EventSummaryView): Rendered {
  if (!context.shown.has("awards") || view.awards.length === 0) return nothing;
  const { strings, math } = context;
  const headingId = `${context.idPrefix}-awards`;
  return html`<section part="awards" class="awards-section">
    ${renderSectionHeading(context, strings.awards, headingId)}
    <ul class="awards" aria-labelledby=${headingId}>
      ${view.awards.map(
        (award) =>
          html`<li class="award">
            <span class="award-name">${renderInlineText(award.name, math)}</span>
            ${renderParagraphs(award.description, math)}
            ${
              award.winners.length > 0
                ? html`<p>
                    ${strings.awardedTo}:
                    ${award.winners.map(
                      (winner, index) =>
                        html`${index > 0 ? "; " : ""}<span class=${winner.title ? "" : "tba"}
                            >${winner.title ?? strings.titleToBeAnnounced}</span
                          >`,
                    )}
                  </p>`
                : nothing
            }
          </li>`,
      )}
    </ul>
  </section>`;
}
