import type { Program } from "@lectern/core";
import { html, LitElement, nothing, type TemplateResult } from "lit";
import { property, state } from "lit/decorators.js";
import { clampHeadingLevel } from "../shared/heading-level.js";
import { MathController } from "../shared/math-controller.js";
import { MarkdownController } from "../shared/markdown-controller.js";
import { Memo } from "../shared/memo.js";
import type { TextFormat } from "../shared/render-rich-text.js";
import { resolveLocale } from "../shared/resolve-locale.js";
import { ServerMarkupController } from "../shared/server-markup-controller.js";
import { themeStyles } from "../shared/theme.styles.js";
import { toggleMember } from "../shared/toggle-member.js";
import { renderSpeakerCard } from "./speaker-card.js";
import { speakerListModes, viewSpeakerList, type ListedPerson, type SpeakerListMode } from "./speaker-list-view.js";
import { mergeSpeakerListStrings, type SpeakerListStrings } from "./speaker-list.strings.js";
import { speakerListStyles } from "./speaker-list.styles.js";

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

/**
 * The people of a program as a responsive grid of cards: the speakers (the default), the
 * organisers with their roles, or everyone. Each card has the photo (or initials in a circle),
 * name, affiliations, organiser roles, profile links (homepage, ORCID and the rest), the
 * biography (Markdown when the program says so) behind a button, and the person's talks,
 * each linked to `#talk-<item id>` (which `<schedule-grid>` opens) with its time in the
 * event's zone, and the visitor's when it differs.
 *
 * Speakers are the event's `invitedSpeakers` in their order, then the speakers and presenting
 * authors of the items by first appearance in the schedule. An invited speaker with no item
 * yet shows "Talk to be announced"; a person whose name is to be announced, "Name to be
 * announced" beside a neutral placeholder.
 *
 * @tag speaker-list
 * @fires {BiographyToggleEvent} biography-toggle - The visitor showed or hid a biography.
 * @csspart list - The grid of people (a `<ul>`).
 * @csspart card - One person's card (an `<article>`).
 * @csspart avatar - The round box holding the photo, the initials or the placeholder.
 * @csspart photo - The photo (an `<img>`).
 * @csspart initials - The initials shown when there is no photo.
 * @csspart name - The person's name (a heading).
 * @csspart role - The organiser roles.
 * @csspart affiliation - The affiliations.
 * @csspart links - The person's profile links (homepage, ORCID, GitHub, ...).
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

  /** How biographies are written, overriding the program's `textFormat`: `plain` or `markdown`. */
  @property({ attribute: "text-format" }) textFormat?: TextFormat;

  /** `light`, `dark`, or `auto` (follow the system). */
  @property({ reflect: true }) theme?: "light" | "dark" | "auto";

  /** Ids of the people whose biography is shown. */
  @state() private openBiographies: ReadonlySet<string> = new Set();
  /** Ids of the people whose photo failed to load: they get their initials instead. */
  @state() private failedPhotos: ReadonlySet<string> = new Set();
  private listed: readonly ListedPerson[] = [];
  private uiStrings: SpeakerListStrings = mergeSpeakerListStrings(undefined);
  private readonly mergedStrings = new Memo<[Partial<SpeakerListStrings> | undefined], SpeakerListStrings>();
  // Opening a biography re-renders the list; the people and their times are worked out again
  // only when what they depend on reads differently.
  private readonly listedPeople = new Memo<
    [Program | undefined, SpeakerListMode, string, string],
    readonly ListedPerson[]
  >();
  private readonly math = new MathController(this);
  private readonly markdown = new MarkdownController(this);
  private readonly serverMarkup = new ServerMarkupController(this);
  private readonly idPrefix = `speaker-list-${(nextId += 1)}`;

  private get mode(): SpeakerListMode {
    return speakerListModes.includes(this.people) ? this.people : "speakers";
  }

  protected override willUpdate(): void {
    this.uiStrings = this.mergedStrings.get([this.strings], mergeSpeakerListStrings);
    // The locale may come from the page's `lang`, which no property change announces: it is
    // read on every update, and the list is rebuilt when it reads differently.
    const locale = resolveLocale(this, this.locale);
    this.listed = this.listedPeople.get(
      [
        this.program,
        this.mode,
        locale,
        this.serverMarkup.viewerZone(this.viewerZone, this.program?.event.timeZone ?? "UTC"),
      ],
      (program, mode, locale, viewerZone) => (program ? viewSpeakerList(program, { mode, viewerZone, locale }) : []),
    );
  }

  protected override render(): TemplateResult | typeof nothing {
    if (!this.program) return nothing;
    const strings = this.uiStrings;
    if (this.listed.length === 0) return html`<p part="empty" class="empty">${strings.noPeople}</p>`;
    const label =
      this.mode === "organisers" ? strings.organisers : this.mode === "all" ? strings.people : strings.speakers;
    const headingLevel = clampHeadingLevel(this.headingLevel, 3);
    const textFormat = this.textFormat ?? this.program.textFormat;
    return html`<ul part="list" class="people" aria-label=${label}>
      ${this.listed.map(
        (person, index) =>
          html`<li>
            ${renderSpeakerCard(person, {
              strings,
              math: this.math,
              markdown: this.markdown,
              textFormat,
              headingLevel,
              id: `${this.idPrefix}-${index}`,
              biographyOpen: this.openBiographies.has(person.id),
              photoFailed: this.failedPhotos.has(person.id),
              onToggleBiography: () => this.toggleBiography(person.id),
              onPhotoError: () => this.forgetPhoto(person.id),
            })}
          </li>`,
      )}
    </ul>`;
  }

  private toggleBiography(personId: string): void {
    const expanded = !this.openBiographies.has(personId);
    this.openBiographies = toggleMember(this.openBiographies, personId, expanded);
    /** @internal Documented by the class's `@fires`; without this the manifest would list it twice. */
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
