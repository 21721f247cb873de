import type { Program } from "@lectern/core";
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from "lit";
import { property, state } from "lit/decorators.js";
import { MathController } from "../shared/math-controller.js";
import { resolveLocale, viewerTimeZone } from "../shared/resolve-locale.js";
import { renderInlineText, renderParagraphs } from "../shared/rich-text.js";
import { themeStyles } from "../shared/theme.styles.js";
import { speakerListModes, viewSpeakerList, type ListedPerson, type ListedTalk, type SpeakerListMode } from "./speaker-list-view.js";
import { mergeSpeakerListStrings, type SpeakerListStrings } from "./speaker-list.strings.js";
import { speakerListStyles } from "./speaker-list.styles.js";
import { dayShiftLabel } from "../shared/ui-strings.js";

/** Fired when the visitor shows or hides a person's biography. */
export class BiographyToggleEvent extends Event {
  static readonly eventName = "biography-toggle";
  constructor(
    /** The id of the person in the program. */
    readonly personId: string,
    /** Whether the biography is now shown. */
    readonly expanded: boolean,
  ) {
    super(BiographyToggleEvent.eventName, { bubbles: true, composed: true });
  }
}

let nextId = 0;

// A neutral head-and-shoulders outline for a person whose name is not known yet: initials
// would be wrong, and an empty circle looks like a failed image.
const placeholderIcon = html`<svg viewBox="0 0 24 24" fill="currentColor" aria-hidden="true" focusable="false"><circle cx="12" cy="8" r="4.2"/><path d="M3.5 21a8.5 8.5 0 0 1 17 0z"/></svg>`;

/**
 * The people of a program as a responsive grid of cards: the speakers (the default), the
 * organisers with their roles, or everyone. Each card has the photo (or initials in a circle),
 * name, affiliations, organiser roles, homepage and ORCID links, the biography behind a
 * button, and the person's talks, each linked to `#talk-<item id>` (which `<schedule-grid>`
 * opens) with its time in the event's zone, and the visitor's when it differs.
 *
 * Speakers are the event's `invitedSpeakers` in their order, then the speakers and presenting
 * authors of the items by first appearance in the schedule. An invited speaker with no item
 * yet shows "Talk to be announced"; a person whose name is to be announced, "Name to be
 * announced" beside a neutral placeholder.
 *
 * @tag speaker-list
 * @fires biography-toggle - {BiographyToggleEvent} The visitor showed or hid a biography.
 * @csspart list - The grid of people (a `<ul>`).
 * @csspart card - One person's card (an `<article>`).
 * @csspart avatar - The round box holding the photo, the initials or the placeholder.
 * @csspart photo - The photo (an `<img>`).
 * @csspart initials - The initials shown when there is no photo.
 * @csspart name - The person's name (a heading).
 * @csspart role - The organiser roles.
 * @csspart affiliation - The affiliations.
 * @csspart links - The homepage and ORCID links.
 * @csspart talks - The list of the person's talks.
 * @csspart toggle - The button that shows or hides the biography.
 * @csspart biography - The biography.
 * @csspart empty - The message shown when the program lists no one.
 * @cssproperty --speaker-list-column-min-width - Narrowest a column may get before the grid drops one (default: `18rem`).
 * @cssproperty --speaker-list-gap - Space between cards (default: `--program-space`).
 * @cssproperty --speaker-list-card-background - Card background (default: `--program-color-background`).
 * @cssproperty --speaker-list-border-color - Card border (default: `--program-color-border`).
 * @cssproperty --speaker-list-padding - Inner spacing of a card (default: `--program-space`).
 * @cssproperty --speaker-list-photo-size - Diameter of the photo and initials (default: `4rem`).
 * @cssproperty --speaker-list-initials-background - Initials circle (default: `--program-color-accent`).
 * @cssproperty --speaker-list-initials-color - Initials text (default: `--program-color-accent-contrast`).
 */
export class SpeakerListElement extends LitElement {
  static override styles = [themeStyles, speakerListStyles];

  /** The program whose people to list (set as a property). */
  @property({ attribute: false }) program?: Program;

  /** Who to list: `speakers` (the default), `organisers`, or `all` (every person, in program order). */
  @property() people: SpeakerListMode = "speakers";

  /** The visitor's IANA zone, for talk times in their clock; defaults to the browser's. */
  @property({ attribute: "viewer-zone" }) viewerZone?: string;

  /** Locale for dates and times; defaults to the page's `lang`, then the browser's. */
  @property() locale?: string;

  /** Overrides of the texts the list shows (translations). */
  @property({ attribute: false }) strings?: Partial<SpeakerListStrings>;

  /** The heading level of each person's name (2-6), to fit the page's outline. */
  @property({ type: Number, attribute: "heading-level" }) headingLevel = 3;

  /** `light`, `dark`, or `auto` (follow the system). */
  @property({ reflect: true }) theme?: "light" | "dark" | "auto";

  @state() private listed: readonly ListedPerson[] = [];
  @state() private uiStrings: SpeakerListStrings = mergeSpeakerListStrings(undefined);
  /** Ids of the people whose biography is shown. */
  @state() private openBiographies: ReadonlySet<string> = new Set();
  /** Ids of the people whose photo failed to load: they get their initials instead. */
  @state() private failedPhotos: ReadonlySet<string> = new Set();
  private listedFor?: string;
  private readonly math = new MathController(this);
  private readonly idPrefix = `speaker-list-${(nextId += 1)}`;

  private get mode(): SpeakerListMode {
    return speakerListModes.includes(this.people) ? this.people : "speakers";
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("strings")) this.uiStrings = mergeSpeakerListStrings(this.strings);
    const locale = resolveLocale(this, this.locale);
    const viewerZone = this.viewerZone ?? viewerTimeZone();
    // Opening a biography re-renders the list; the people and their times need not be
    // worked out again unless what they depend on changed.
    const inputs = `${this.mode}\n${locale}\n${viewerZone}`;
    if (changed.has("program") || inputs !== this.listedFor) {
      this.listed = this.program ? viewSpeakerList(this.program, { mode: this.mode, viewerZone, locale }) : [];
      this.listedFor = inputs;
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    if (!this.program) return nothing;
    const strings = this.uiStrings;
    if (this.listed.length === 0) return html`<p part="empty" class="empty">${strings.noPeople}</p>`;
    const label = this.mode === "organisers" ? strings.organisers : this.mode === "all" ? strings.people : strings.speakers;
    return html`<ul part="list" class="people" aria-label=${label}>
      ${this.listed.map((person, index) => html`<li>${this.renderPerson(person, `${this.idPrefix}-${index}`)}</li>`)}
    </ul>`;
  }

  private renderPerson(person: ListedPerson, id: string): TemplateResult {
    const strings = this.uiStrings;
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
    return html`<article part="card" aria-labelledby="${id}-name">
      ${this.renderAvatar(person)}
      <div class="identity">
        <div part="name" class="name" role="heading" aria-level=${level} id="${id}-name">
          ${person.name ?? html`<span class="tba">${strings.nameToBeAnnounced}</span>`}
        </div>
        ${person.roles.length > 0 ? html`<p part="role" class="role">${person.roles.join(", ")}</p>` : nothing}
        ${person.affiliations.length > 0
          ? html`<p part="affiliation" class="affiliation">${person.affiliations.join("; ")}</p>`
          : person.affiliationsToBeAnnounced
            ? html`<p part="affiliation" class="affiliation tba">${strings.affiliationToBeAnnounced}</p>`
            : nothing}
      </div>
      <div class="details">${this.renderLinks(person)} ${this.renderTalks(person)} ${this.renderBiography(person, `${id}-biography`)}</div>
    </article>`;
  }

  private renderAvatar(person: ListedPerson): TemplateResult {
    if (person.photo && !this.failedPhotos.has(person.id)) {
      // alt="": the name is right beside it, so a description would only repeat it.
      return html`<div part="avatar" class="avatar">
        <img part="photo" src=${person.photo} alt="" loading="lazy" decoding="async" @error=${() => this.forgetPhoto(person.id)} />
      </div>`;
    }
    if (!person.initials) return html`<div part="avatar" class="avatar placeholder" aria-hidden="true">${placeholderIcon}</div>`;
    return html`<div part="avatar initials" class="avatar initials" aria-hidden="true">${person.initials}</div>`;
  }

  private renderLinks(person: ListedPerson): TemplateResult | typeof nothing {
    if (!person.homepage && !person.orcid) return nothing;
    const strings = this.uiStrings;
    // The name, hidden, tells the links of one card from another's in a screen reader's
    // list of links; the visible label comes first so voice control still matches it.
    const whose = html`<span class="visually-hidden"> (${person.name ?? strings.nameToBeAnnounced})</span>`;
    return html`<ul part="links" class="links" aria-label=${strings.linksLabel}>
      ${person.homepage ? html`<li><a href=${person.homepage} rel="noopener">${strings.homepage}${whose}</a></li>` : nothing}
      ${person.orcid
        ? html`<li><a href="https://orcid.org/${person.orcid}" rel="noopener">${strings.orcid} ${person.orcid}${whose}</a></li>`
        : nothing}
    </ul>`;
  }

  private renderTalks(person: ListedPerson): TemplateResult | typeof nothing {
    if (person.talkToBeAnnounced) return html`<p part="talks" class="talks tba">${this.uiStrings.talkToBeAnnounced}</p>`;
    if (person.talks.length === 0) return nothing;
    return html`<ul part="talks" class="talks" aria-label=${this.uiStrings.talks}>
      ${person.talks.map((talk) => this.renderTalk(talk))}
    </ul>`;
  }

  private renderTalk(talk: ListedTalk): TemplateResult {
    const strings = this.uiStrings;
    const title = talk.title
      ? renderInlineText(talk.title, this.math)
      : talk.titleToBeAnnounced
        ? strings.titleToBeAnnounced
        : strings.kinds[talk.kind];
    return html`<li class=${talk.status === "cancelled" ? "cancelled" : ""}>
      <a class="talk-title ${talk.titleToBeAnnounced ? "tba" : ""}" href="#talk-${talk.itemId}">${title}</a>
      ${this.renderTalkMeta(talk)}
    </li>`;
  }

  private renderTalkMeta(talk: ListedTalk): TemplateResult | typeof nothing {
    const strings = this.uiStrings;
    const status =
      talk.status === "confirmed"
        ? nothing
        : html`<span class="status status-${talk.status}">${talk.status === "cancelled" ? strings.cancelled : strings.tentative}</span>`;
    const time = talk.time;
    if (!time) return status === nothing ? nothing : html`<span class="talk-meta">${status}</span>`;
    const shift = dayShiftLabel(time.viewerDayShift, strings);
    return html`<span class="talk-meta">
      ${status}
      ${time.event
        ? html`<span class="event-time"><time datetime=${talk.start!}>${time.event.dateText}, ${time.event.range}</time> ${time.event.zoneLabel}</span>`
        : nothing}
      ${time.viewer
        ? html`<span class="viewer-time">(${time.viewer.range} ${time.viewer.zoneLabel}, ${strings.yourTime}${shift ? html`, ${shift}: ${time.viewer.dateText}` : nothing})</span>`
        : nothing}
    </span>`;
  }

  private renderBiography(person: ListedPerson, id: string): TemplateResult | typeof nothing {
    const strings = this.uiStrings;
    if (!person.biography) {
      return person.biographyToBeAnnounced ? html`<p class="tba">${strings.biographyToBeAnnounced}</p>` : nothing;
    }
    const open = this.openBiographies.has(person.id);
    // The biography stays in the document while hidden, so aria-controls always points at
    // something and a printed page can show it.
    return html`
      <button
        type="button"
        part="toggle"
        class="toggle"
        aria-expanded=${open ? "true" : "false"}
        aria-controls=${id}
        @click=${() => this.toggleBiography(person.id)}
      >
        ${open ? strings.hideBiography : strings.showBiography}<span class="visually-hidden">
          (${person.name ?? strings.nameToBeAnnounced})</span
        >
      </button>
      <div part="biography" class="biography" id=${id} ?hidden=${!open}>${renderParagraphs(person.biography, this.math)}</div>
    `;
  }

  private toggleBiography(personId: string): void {
    const open = new Set(this.openBiographies);
    const expanded = !open.has(personId);
    if (expanded) open.add(personId);
    else open.delete(personId);
    this.openBiographies = open;
    this.dispatchEvent(new BiographyToggleEvent(personId, expanded));
  }

  private forgetPhoto(personId: string): void {
    this.failedPhotos = new Set(this.failedPhotos).add(personId);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "speaker-list": SpeakerListElement;
  }
  interface GlobalEventHandlersEventMap {
    "biography-toggle": BiographyToggleEvent;
  }
}
