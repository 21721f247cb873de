import { isTimedEntry, isToBeAnnounced } from "@lectern/core";
import { html, nothing, type TemplateResult } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
import type { MathController } from "../shared/math-controller.js";
import { renderInlineText } from "../shared/rich-text.js";
import { dayShiftLabel, type UiStrings } from "../shared/ui-strings.js";
import type { ItemTexts } from "./item-texts.js";
import type { TalkCardView } from "./talk-card-view.js";

type Rendered = TemplateResult | typeof nothing;

/** What the title needs from `<talk-card>` besides the view. */
export interface CardTitleContext {
  readonly strings: UiStrings;
  readonly math: MathController;
  /** The title's heading level, 2-6. */
  readonly headingLevel: number;
  /** The texts shown: the item's own, or its translation for the reader. */
  readonly texts: ItemTexts;
}

/**
 * The title as a heading (with its math), or "Title to be announced", or the kind for an
 * untitled item (a break); then the subtitle, if any, under it as plain text (outside the
 * heading, so that the heading and the card's accessible name stay the title alone).
 */
export function renderCardTitle(view: TalkCardView, context: CardTitleContext, titleId: string): TemplateResult {
  const { item } = view.entry;
  const { strings } = context;
  const toBeAnnounced = isToBeAnnounced(item, "title");
  const title = context.texts.title;
  const content = title
    ? html`<span class="title-text" lang=${ifDefined(context.texts.lang)}
        >${renderInlineText(title, context.math)}</span
      >`
    : html`<span class="title-text ${toBeAnnounced ? "tba" : ""}"
        >${toBeAnnounced ? strings.titleToBeAnnounced : strings.kinds[item.kind]}</span
      >`;
  const subtitle = context.texts.subtitle;
  return html`<div part="title" class="title" role="heading" aria-level=${context.headingLevel} id=${titleId}>
      ${content}
    </div>
    ${subtitle ? html`<p part="subtitle" class="subtitle" lang=${ifDefined(context.texts.subtitleLang)}>${subtitle}</p>` : nothing}`;
}

/**
 * The time in the event's zone with its label and, when it differs, the visitor's (saying
 * when that is another day); for an untimed item, its duration if known.
 */
export function renderCardTime(view: TalkCardView, strings: UiStrings): Rendered {
  const entry = view.entry;
  if (!isTimedEntry(entry)) {
    const notAnnounced = view.timeNotAnnounced;
    if (notAnnounced)
      return html`<p part="time" class="meta time time-not-announced">
        ${notAnnounced.date ? html`<span><time datetime=${notAnnounced.date}>${notAnnounced.dateText}</time></span>` : nothing}
        <span class="tba">${strings.timeNotAnnounced}</span>
      </p>`;
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

/** The item's typed links, each with its label or the name of its kind. */
export function renderCardLinks(view: TalkCardView, strings: UiStrings): Rendered {
  const links = view.entry.item.links ?? [];
  if (links.length === 0) return nothing;
  return html`<ul part="links" class="links" aria-label=${strings.linksLabel}>
    ${links.map((link) => html`<li><a href=${link.url} rel="noopener">${link.label ?? strings.links[link.kind]}</a></li>`)}
  </ul>`;
}
