import { html, nothing, type TemplateResult } from "lit";
import type { Link } from "@lectern/core";
import type { MarkdownController } from "../shared/markdown-controller.js";
import type { MathController } from "../shared/math-controller.js";
import { renderRichText, type TextFormat } from "../shared/render-rich-text.js";
import { renderInlineText } from "../shared/rich-text.js";
import { dayShiftLabel } from "../shared/ui-strings.js";
import type { ListedPerson, ListedTalk } from "./speaker-list-view.js";
import type { SpeakerListStrings } from "./speaker-list.strings.js";

type Rendered = TemplateResult | typeof nothing;

/** What a person's card needs from `<speaker-list>` besides the person. */
export interface SpeakerCardContext {
  readonly strings: SpeakerListStrings;
  readonly math: MathController;
  /** Draws biographies written in Markdown once its parser has loaded. */
  readonly markdown: MarkdownController;
  /** How the program writes its texts: biographies are Markdown when it says so. */
  readonly textFormat?: TextFormat;
  /** The name's heading level, 2-6. */
  readonly headingLevel: number;
  /** Unique in the element: the card's ids start with it. */
  readonly id: string;
  /** Whether the biography is shown. */
  readonly biographyOpen: boolean;
  /** Whether the photo failed to load (the initials are shown instead). */
  readonly photoFailed: boolean;
  readonly onToggleBiography: () => void;
  readonly onPhotoError: () => void;
}

// A neutral head-and-shoulders outline for a person whose name is not known yet: initials
// would be wrong, and an empty circle looks like a failed image.
const placeholderIcon = html`<svg viewBox="0 0 24 24" fill="currentColor" aria-hidden="true" focusable="false">
  <circle cx="12" cy="8" r="4.2" />
  <path d="M3.5 21a8.5 8.5 0 0 1 17 0z" />
</svg>`;

function renderAvatar(person: ListedPerson, context: SpeakerCardContext): TemplateResult {
  if (person.photo && !context.photoFailed) {
    // alt="": the name is right beside it, so a description would only repeat it.
    return html`<div part="avatar" class="avatar">
      <img part="photo" src=${person.photo} alt="" loading="lazy" decoding="async" @error=${context.onPhotoError} />
    </div>`;
  }
  if (!person.initials)
    return html`<div part="avatar" class="avatar placeholder" aria-hidden="true">${placeholderIcon}</div>`;
  return html`<div part="avatar initials" class="avatar initials" aria-hidden="true">${person.initials}</div>`;
}

/** A link's visible text: its own label, else its kind ("Homepage", "ORCID 0000-...", "GitHub"). */
function linkText(link: Link, person: ListedPerson, strings: SpeakerListStrings): string {
  if (link.label) return link.label;
  if (link.kind === "web") return strings.homepage;
  if (link.kind === "orcid" && person.orcid && link.url.endsWith(person.orcid))
    return `${strings.orcid} ${person.orcid}`;
  return strings.linkKinds[link.kind];
}

function renderLinks(person: ListedPerson, strings: SpeakerListStrings): Rendered {
  if (person.links.length === 0) return nothing;
  // The name, hidden, tells the links of one card from another's in a screen reader's
  // list of links; the visible label comes first so voice control still matches it.
  const whose = html`<span class="visually-hidden"> (${person.name ?? strings.nameToBeAnnounced})</span>`;
  return html`<ul part="links" class="links" aria-label=${strings.linksLabel}>
    ${person.links.map(
      (link) => html`<li><a href=${link.url} rel="noopener">${linkText(link, person, strings)}${whose}</a></li>`,
    )}
  </ul>`;
}

function renderTalkMeta(talk: ListedTalk, strings: SpeakerListStrings): Rendered {
  const status =
    talk.status === "confirmed"
      ? nothing
      : html`<span class="status status-${talk.status}"
          >${talk.status === "cancelled" ? strings.cancelled : strings.tentative}</span
        >`;
  const time = talk.time;
  if (!time) return status === nothing ? nothing : html`<span class="talk-meta">${status}</span>`;
  const shift = dayShiftLabel(time.viewerDayShift, strings);
  return html`<span class="talk-meta">
    ${status}
    ${
      time.event
        ? html`<span class="event-time"
            ><time datetime=${talk.start!}>${time.event.dateText}, ${time.event.range}</time>
            ${time.event.zoneLabel}</span
          >`
        : nothing
    }
    ${
      time.viewer
        ? html`<span class="viewer-time"
            >(${time.viewer.range} ${time.viewer.zoneLabel},
            ${strings.yourTime}${shift ? html`, ${shift}: ${time.viewer.dateText}` : nothing})</span
          >`
        : nothing
    }
  </span>`;
}

function renderTalk(talk: ListedTalk, context: SpeakerCardContext): TemplateResult {
  const { strings } = context;
  const title = talk.title
    ? renderInlineText(talk.title, context.math)
    : talk.titleToBeAnnounced
      ? strings.titleToBeAnnounced
      : strings.kinds[talk.kind];
  return html`<li class=${talk.status === "cancelled" ? "cancelled" : ""}>
    <a class="talk-title ${talk.titleToBeAnnounced ? "tba" : ""}" href="#talk-${talk.itemId}">${title}</a>
    ${renderTalkMeta(talk, strings)}
  </li>`;
}

function renderTalks(person: ListedPerson, context: SpeakerCardContext): Rendered {
  const { strings } = context;
  if (person.talkToBeAnnounced) return html`<p part="talks" class="talks tba">${strings.talkToBeAnnounced}</p>`;
  if (person.talks.length === 0) return nothing;
  return html`<ul part="talks" class="talks" aria-label=${strings.talks}>
    ${person.talks.map((talk) => renderTalk(talk, context))}
  </ul>`;
}

function renderBiography(person: ListedPerson, context: SpeakerCardContext): Rendered {
  const { strings } = context;
  if (!person.biography) {
    return person.biographyToBeAnnounced ? html`<p class="tba">${strings.biographyToBeAnnounced}</p>` : nothing;
  }
  const open = context.biographyOpen;
  const id = `${context.id}-biography`;
  // The biography stays in the document while hidden, so aria-controls always points at
  // something and a printed page can show it.
  return html`
    <button
      type="button"
      part="toggle"
      class="toggle"
      aria-expanded=${open ? "true" : "false"}
      aria-controls=${id}
      @click=${context.onToggleBiography}
    >
      ${open ? strings.hideBiography : strings.showBiography}<span class="visually-hidden">
        (${person.name ?? strings.nameToBeAnnounced})</span
      >
    </button>
    <div part="biography" class="biography" id=${id} ?hidden=${!open}>
      ${renderRichText(person.biography, context.textFormat, context)}
    </div>
  `;
}

/**
 * One person: the photo (or initials, or a neutral placeholder for a name to be announced),
 * the name as a heading, organiser roles, affiliations, homepage and ORCID links, their talks
 * linked to `#talk-<item id>` with times, and the biography behind a button.
 */
export function renderSpeakerCard(person: ListedPerson, context: SpeakerCardContext): TemplateResult {
  const { strings, id } = context;
  return html`<article part="card" aria-labelledby="${id}-name">
    ${renderAvatar(person, context)}
    <div class="identity">
      <div part="name" class="name" role="heading" aria-level=${context.headingLevel} id="${id}-name">
        ${person.name ?? html`<span class="tba">${strings.nameToBeAnnounced}</span>`}
      </div>
      ${person.roles.length > 0 ? html`<p part="role" class="role">${person.roles.join(", ")}</p>` : nothing}
      ${
        person.affiliations.length > 0
          ? html`<p part="affiliation" class="affiliation">${person.affiliations.join("; ")}</p>`
          : person.affiliationsToBeAnnounced
            ? html`<p part="affiliation" class="affiliation tba">${strings.affiliationToBeAnnounced}</p>`
            : nothing
      }
    </div>
    <div class="details">
      ${renderLinks(person, strings)} ${renderTalks(person, context)} ${renderBiography(person, context)}
    </div>
  </article>`;
}
