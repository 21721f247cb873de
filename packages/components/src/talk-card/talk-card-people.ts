import { html, nothing, type TemplateResult } from "lit";
import type { UiStrings } from "../shared/ui-strings.js";
import type { CardPerson, TalkCardView } from "./talk-card-view.js";

type Rendered = TemplateResult | typeof nothing;

/** The mark of an equal-contribution author; the legend under the authors explains it. */
const equalMark = "†";

/** A person's profile links, each named "ORCID of Jane Doe" for screen readers (the visible text is the kind). */
function renderPersonLinks(person: CardPerson, strings: UiStrings): Rendered {
  if (person.links.length === 0) return nothing;
  const name = person.name ?? strings.nameToBeAnnounced;
  return html` <span class="person-links"
    >${person.links.map((link) => {
      const label = link.label ?? strings.links[link.kind];
      return html`<a class="person-link" href=${link.url} rel="noopener" aria-label=${strings.personLink(label, name)}
        >${label}</a
      > `;
    })}</span
  >`;
}

function renderPerson(person: CardPerson, strings: UiStrings): TemplateResult {
  return html`<li>
    <span class="person-name ${person.name ? "" : "tba"}">${person.name ?? strings.nameToBeAnnounced}</span>${
      person.equalContribution
        ? html`<span class="equal-mark" aria-hidden="true">${equalMark}</span
            ><span class="visually-hidden"> (${strings.equalContribution})</span>`
        : nothing
    }${
      person.presenting
        ? html`<span class="presenting-mark" aria-hidden="true">*</span
            ><span class="visually-hidden"> (${strings.presenting})</span>`
        : nothing
    }${person.affiliations.length > 0 ? html` <span class="affiliation">(${person.affiliations.join("; ")})</span>` : nothing}${renderPersonLinks(person, strings)}
  </li>`;
}

/**
 * The speakers (or "Speaker to be announced") and the ordered authors, the presenting one
 * marked `*`, equal contributors marked `†` with a legend below (hidden from screen readers,
 * which hear "(equal contribution)" at each name instead), and each person's profile links.
 */
export function renderCardPeople(view: TalkCardView, strings: UiStrings): Rendered {
  const speakers =
    view.speakers.length > 0
      ? html`<ul class="people speakers" aria-label=${strings.speakers}>
          ${view.speakers.map((person) => renderPerson(person, strings))}
        </ul>`
      : view.speakersToBeAnnounced
        ? html`<p class="tba">${strings.speakerToBeAnnounced}</p>`
        : nothing;
  const authors =
    view.authors.length > 0
      ? html`<ol class="people authors" aria-label=${strings.authors}>
          ${view.authors.map((person) => renderPerson(person, strings))}
        </ol>`
      : nothing;
  if (speakers === nothing && authors === nothing) return nothing;
  const legend = view.hasEqualContribution
    ? html`<p class="legend" aria-hidden="true">${equalMark} ${strings.equalContribution}</p>`
    : nothing;
  return html`<div part="people">${speakers}${authors}${legend}</div>`;
}
