import { isTimedEntry, isToBeAnnounced } from "@lectern/core";
import { html, nothing, type TemplateResult } from "lit";
import type { MathController } from "../shared/math-controller.js";
import { renderInlineText } from "../shared/rich-text.js";
import { dayShiftLabel, type UiStrings } from "../shared/ui-strings.js";
import type { CardPerson, TalkCardView } from "./talk-card-view.js";

type Rendered = TemplateResult | typeof nothing;

/** What the title needs from `<talk-card>` besides the view. */
export interface CardTitleContext {
  readonly strings: UiStrings;
  readonly math: MathController;
  /** The title's heading level, 2-6. */
  readonly headingLevel: number;
}

/** The title as a heading (with its math), or "Title to be announced", or the kind for an untitled item (a break). */
export function renderCardTitle(view: TalkCardView, context: CardTitleContext, titleId: string): TemplateResult {
  const { item } = view.entry;
  const { strings } = context;
  const toBeAnnounced = isToBeAnnounced(item, "title");
  const content = item.title
    ? html`<span class="title-text">${renderInlineText(item.title, context.math)}</span>`
    : html`<span class="title-text ${toBeAnnounced ? "tba" : ""}"
        >${toBeAnnounced ? strings.titleToBeAnnounced : strings.kinds[item.kind]}</span
      >`;
  return html`<div part="title" class="title" role="heading" aria-level=${context.headingLevel} id=${titleId}>
    ${content}
  </div>`;
}

/**
 * The time in the event's zone with its label and, when it differs, the visitor's (saying
 * when that is another day); for an untimed item, its duration if known.
 */
export function renderCardTime(view: TalkCardView, strings: UiStrings): Rendered {
  const entry = view.entry;
  if (!isTimedEntry(entry)) {
    return entry.durationMinutes === undefined
      ? nothing
      : html`<p part="time" class="meta time">${strings.minutes(entry.durationMinutes)}</p>`;
  }
  const time = view.time!;
  const shift = dayShiftLabel(time.viewerDayShift, strings);
  return html`<p part="time" class="meta time">
    ${time.event ? html`<span><time datetime=${entry.start}>${time.event.range}</time> <span class="zone">${time.event.zoneLabel}</span></span>` : nothing}
    ${
      time.viewer
        ? html`<span class="viewer-time"
            ><time datetime=${entry.start}>${time.viewer.range}</time>
            <span class="zone">${time.viewer.zoneLabel}</span> ${
              time.event
                ? html`(${strings.yourTime}${shift ? html`, <strong>${shift}: ${time.viewer.dateText}</strong>` : nothing})`
                : shift
                  ? html`(<strong>${time.viewer.dateText}</strong>)`
                  : nothing
            }</span
          >`
        : nothing
    }
  </p>`;
}

/** Room, track and poster board, when the item has any. */
export function renderCardPlace(view: TalkCardView, strings: UiStrings): Rendered {
  const board = view.entry.item.board;
  if (!view.roomName && !view.trackName && !board) return nothing;
  return html`<p class="meta place">
    ${view.roomName ? html`<span><span class="visually-hidden">${strings.room}: </span>${view.roomName}</span>` : nothing}
    ${view.trackName ? html`<span>${strings.track}: ${view.trackName}</span>` : nothing}
    ${board ? html`<span>${strings.board} ${board}</span>` : nothing}
  </p>`;
}

function renderPerson(person: CardPerson, strings: UiStrings): TemplateResult {
  return html`<li>
    <span class="person-name ${person.name ? "" : "tba"}">${person.name ?? strings.nameToBeAnnounced}</span>${
      person.presenting
        ? html`<span class="presenting-mark" aria-hidden="true">*</span
            ><span class="visually-hidden"> (${strings.presenting})</span>`
        : nothing
    }${person.affiliations.length > 0 ? html` <span class="affiliation">(${person.affiliations.join("; ")})</span>` : nothing}
  </li>`;
}

/** The speakers (or "Speaker to be announced") and the ordered authors, the presenting one marked. */
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
  return html`<div part="people">${speakers}${authors}</div>`;
}

/** The item's typed links, each with its label or the name of its kind. */
export function renderCardLinks(view: TalkCardView, strings: UiStrings): Rendered {
  const links = view.entry.item.links ?? [];
  if (links.length === 0) return nothing;
  return html`<ul part="links" class="links" aria-label=${strings.linksLabel}>
    ${links.map((link) => html`<li><a href=${link.url} rel="noopener">${link.label ?? strings.links[link.kind]}</a></li>`)}
  </ul>`;
}
