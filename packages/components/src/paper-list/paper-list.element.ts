import {
  clampConfidence,
  indexPaperDigest,
  queryPaperDigest,
  type FacetNode,
  type PaperDigest,
  type PaperDigestAnswer,
  type PaperSortOrder,
} from "@lectern/core";
import { html, LitElement, type PropertyValues, type TemplateResult } from "lit";
import { property, state } from "lit/decorators.js";
import { clampHeadingLevel } from "../shared/heading-level.js";
import { MarkdownController } from "../shared/markdown-controller.js";
import { MathController } from "../shared/math-controller.js";
import { Memo, sameInputs } from "../shared/memo.js";
import { resolveLocale } from "../shared/resolve-locale.js";
import { problemsStyles } from "../shared/problems.styles.js";
import { renderProblems } from "../shared/render-problems.js";
import { themeStyles } from "../shared/theme.styles.js";
import { AbstractsController } from "./abstracts-controller.js";
import { DeferredTopicsController } from "./deferred-topics-controller.js";
import { DigestSourceController } from "./digest-source-controller.js";
import { renderFilterPanel } from "./filter-panel.js";
import { PaperAbstractToggleEvent, PaperFilterChangeEvent } from "./paper-list-events.js";
import { readPageSize, readSortOrder } from "./paper-list-view.js";
import { TopicTreeController } from "./topic-tree-controller.js";
import { mergePaperListStrings, type PaperListStrings } from "./paper-list.strings.js";
import { paperListStyles } from "./paper-list.styles.js";
import { renderPaperResults, type PaperResultsContext } from "./paper-results.js";
import { usableLocale } from "./usable-locale.js";

export { PaperAbstractToggleEvent, PaperFilterChangeEvent }; // The events' old home: still importable from here.
let nextId = 0;
/**
 * A paper digest (a topic page such as "Diffusion models") as a searchable list: paper cards
 * (title, authors, venue, year, scored topic tags, links, the abstract behind a button) beside
 * a filter panel (search, sort, minimum confidence, the tag tree with counts) and a live "N of M".
 *
 * Large digests stay fast: text is folded once per digest, and only a page of cards
 * (`page-size`, 50) is in the document; "Show more" moves focus to the first new card.
 *
 * Data comes from the `digest` (or `program`) property, an inline JSON child, or `src`: a
 * digest, or a program (told by its shape) shown with facets for tracks, sessions and tags
 * (`programToDigest`). Invalid data shows its problems with paths, never a blank box.
 *
 * @tag paper-list
 * @fires {PaperAbstractToggleEvent} paper-abstract-toggle - The visitor showed or hid an abstract.
 * @fires {PaperFilterChangeEvent} paper-filter-change - The visitor changed the search, topics, minimum confidence or order.
 * @csspart filters - The filter panel (a search landmark).
 * @csspart search - The search box.
 * @csspart sort - The sort menu.
 * @csspart confidence - The minimum-confidence slider.
 * @csspart summary - The live "N of M papers" line.
 * @csspart list - The list of papers (an `<ol>`).
 * @csspart card - One paper's card (an `<article>`).
 * @csspart title - A paper's title (a heading).
 * @csspart authors - A paper's authors.
 * @csspart published - Where and when a paper appeared.
 * @csspart presentation - "Remote" or "Hybrid", on a paper presented so (in person is not marked).
 * @csspart tags - A paper's topic tags.
 * @csspart links - A paper's links.
 * @csspart toggle - The button that shows or hides an abstract.
 * @csspart abstract - The abstract.
 * @csspart show-more - The button that shows the next page of papers.
 * @csspart problems - The box listing the problems of invalid data.
 * @cssproperty --paper-list-filters-width - Widest the filter panel gets beside the list (default: `18rem`).
 * @cssproperty --paper-list-filters-background - The filter panel (default: `--program-color-surface`).
 * @cssproperty --paper-list-gap - Space between cards (default: `--program-space`).
 * @cssproperty --paper-list-card-background - Card background (default: `--program-color-background`).
 * @cssproperty --paper-list-border-color - Card border (default: `--program-color-border`).
 * @cssproperty --paper-list-padding - Inner spacing of a card (default: `--program-space`).
 * @cssproperty --paper-list-tag-background - A tag's background (default: `--program-color-surface`).
 * @cssproperty --paper-list-tag-border-color - A tag's border (default: `--program-color-border`).
 */
export class PaperListElement extends LitElement {
  static override styles = [themeStyles, ...paperListStyles, problemsStyles];

  /** URL of a digest's or a program's JSON (used when no property nor inline JSON is given). */
  @property() src?: string;

  /** The digest, set as a property: a `PaperDigest` from `parsePaperDigest`, or raw data to validate. */
  @property({ attribute: false }) digest?: PaperDigest | unknown;
  /** A program, set as a property (a `Program`, or raw data to validate); `digest` wins over it. */
  @property({ attribute: false }) program?: unknown;

  /** Words to search for in titles, author names and abstracts (the search box's value). */
  @property() query = "";

  /** 0..1: tags less sure than this are not shown or counted, and a paper needs one that sure. */
  @property({ type: Number, attribute: "min-confidence" }) minConfidence = 0;

  /** The selected topics, as facet keys ("Information Technology > Artificial Intelligence"). */
  @property({ attribute: false }) facets: readonly string[] = [];

  /** `relevance` (the digest's order without a search), `title`, `year` (newest first) or `score`. */
  @property() sort: PaperSortOrder = "relevance";

  /** How many cards to show at first, and how many more each "Show more" adds. */
  @property({ type: Number, attribute: "page-size" }) pageSize = 50;

  /** Locale for numbers and the title order; defaults to the page's `lang`, then the browser's. */
  @property() locale?: string;

  /** Overrides of the texts the list shows (translations). */
  @property({ attribute: false }) strings?: Partial<PaperListStrings>;

  /** The heading level of each paper's title (2-6), to fit the page's outline. */
  @property({ type: Number, attribute: "heading-level" }) headingLevel = 3;

  /** `light`, `dark`, or `auto` (follow the system). */
  @property({ reflect: true }) theme?: "light" | "dark" | "auto";

  @state() private shownCount = 50;
  /** Narrow screens: whether the visitor opened the sort, confidence and topics. */
  @state() private moreFiltersOpen = false;
  private text: PaperListStrings = mergePaperListStrings(undefined);
  private resolvedLocale = "en";
  private answer?: PaperDigestAnswer;
  private shownDigest?: PaperDigest;
  private selectedFacets: readonly string[] = [];
  private readonly mergedStrings = new Memo<[Partial<PaperListStrings> | undefined], PaperListStrings>();
  // Opening an abstract re-renders the list: filter again only when what the filter reads changed.
  private readonly filtered = new Memo<
    [PaperDigest | undefined, string, number, readonly string[], PaperSortOrder, string],
    PaperDigestAnswer | undefined
  >();
  private readonly source = new DigestSourceController(this);
  private readonly topicTree = new TopicTreeController(this);
  private readonly deferredTopics = new DeferredTopicsController(this);
  private topicsShown = false; // Whether this update draws the topic tree (it follows the first page).
  private readonly abstracts = new AbstractsController(this);
  private readonly math = new MathController(this);
  private readonly markdown = new MarkdownController(this);
  private readonly idPrefix = `paper-list-${(nextId += 1)}`;

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.text = this.mergedStrings.get([this.strings], mergePaperListStrings);
    // Read on every update: the page's `lang` may have changed without any property doing so.
    this.resolvedLocale = usableLocale(resolveLocale(this, this.locale));
    this.source.update({ value: this.digest ?? this.program, src: this.src });
    const digest = this.source.state.status === "ready" ? this.source.state.data : undefined;
    if (digest !== this.shownDigest) {
      // Not a cache: the abstracts and topic groups the visitor opened belonged to the old digest.
      this.shownDigest = digest;
      this.abstracts.closeAll();
    }
    this.topicTree.showDigest(digest);
    this.topicsShown = digest !== undefined && this.deferredTopics.isShown(digest);
    // A page (or a framework's wrapper) may set an equal new array on every render: keep the
    // one we have, so that the filter, and the page of results shown, stay.
    if (!sameInputs(this.selectedFacets, this.facets)) this.selectedFacets = this.facets;
    const answer = this.filtered.get(
      [digest, this.query, this.minConfidence, this.selectedFacets, readSortOrder(this.sort), this.resolvedLocale],
      (digest, query, minConfidence, facets, sort, locale) =>
        digest && queryPaperDigest(digest, { query, minConfidence, facets, sort, locale }),
    );
    // A new filter starts again at the first page.
    if (answer !== this.answer || changed.has("pageSize")) this.shownCount = readPageSize(this.pageSize);
    this.answer = answer;
  }

  protected override render(): TemplateResult {
    const state = this.source.state;
    const text = this.text;
    if (state.status === "loading") return html`<p role="status">${text.loading}</p>`;
    if (state.status === "empty") return html`<p part="problems" class="problems" role="alert">${text.noDigest}</p>`;
    if (state.status === "error") {
      return renderProblems(text.invalidDigest(state.source, state.problems.length), state.problems);
    }
    return html`<div class="layout">
      ${this.renderFilters(this.answer!)} ${renderPaperResults(this.answer!, this.resultsContext(state.data))}
    </div>`;
  }

  /** Resolves once the element is drawn whole: the topic tree too, which follows the first page. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete().then(() => this.deferredTopics.settled);
    return super.getUpdateComplete();
  }

  private renderFilters(answer: PaperDigestAnswer): TemplateResult {
    const minConfidence = clampConfidence(this.minConfidence);
    return renderFilterPanel({
      strings: this.text,
      locale: this.resolvedLocale,
      facets: this.topicsShown ? answer.facets : undefined,
      selected: new Set(this.facets),
      isOpen: (node, depth) => this.topicTree.isOpen(node, depth),
      isShowingAll: (parentKey) => this.topicTree.isShowingAll(parentKey),
      onShowAll: (parentKey) => this.topicTree.showAll(parentKey),
      query: this.query,
      minConfidence,
      sort: readSortOrder(this.sort),
      activeFilters: this.facets.length + (minConfidence > 0 ? 1 : 0),
      moreFiltersOpen: this.moreFiltersOpen,
      idPrefix: this.idPrefix,
      onToggleMoreFilters: () => (this.moreFiltersOpen = !this.moreFiltersOpen),
      onQuery: (query) => this.changeFilter({ query }),
      onFacet: (key, checked) =>
        this.changeFilter({ facets: checked ? [...this.facets, key] : this.facets.filter((facet) => facet !== key) }),
      onToggleOpen: (node: FacetNode, open) => this.topicTree.setOpen(node, open),
      onMinConfidence: (value) => this.changeFilter({ minConfidence: value }),
      onSort: (sort) => this.changeFilter({ sort }),
      onClear: () => this.changeFilter({ query: "", facets: [], minConfidence: 0 }),
    });
  }

  private resultsContext(digest: PaperDigest): PaperResultsContext {
    return {
      strings: this.text,
      math: this.math,
      markdown: this.markdown,
      textFormat: digest.textFormat,
      locale: this.resolvedLocale,
      people: indexPaperDigest(digest).people,
      minConfidence: clampConfidence(this.minConfidence),
      headingLevel: clampHeadingLevel(this.headingLevel, 3),
      idPrefix: this.idPrefix,
      shownCount: this.shownCount,
      pageSize: readPageSize(this.pageSize),
      isAbstractOpen: (paperId) => this.abstracts.isOpen(paperId),
      onToggleAbstract: (paperId) => this.abstracts.toggle(paperId),
      onShowMore: () => void this.showMore(),
    };
  }

  private changeFilter(change: Partial<Pick<PaperListElement, "query" | "facets" | "minConfidence" | "sort">>): void {
    Object.assign(this, change);
    /** @internal Documented by the class's `@fires`; without this the manifest would list it twice. */
    const sort = readSortOrder(this.sort);
    this.dispatchEvent(new PaperFilterChangeEvent(this.query, this.facets, clampConfidence(this.minConfidence), sort));
  }

  /**
   * Shows the next page and moves focus to its first card, so a keyboard or screen-reader user
   * carries on reading where the new papers begin instead of landing back on the button.
   */
  private async showMore(): Promise<void> {
    const first = this.shownCount;
    this.shownCount += readPageSize(this.pageSize);
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLElement>(".papers > li > .card")[first]?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "paper-list": PaperListElement;
  }
}
