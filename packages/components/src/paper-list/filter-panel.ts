import { paperSortOrders, type FacetNode, type PaperSortOrder } from "@lectern/core";
import { html, nothing, type TemplateResult } from "lit";
import { live } from "lit/directives/live.js";
import { repeat } from "lit/directives/repeat.js";
import { formatScore, limitTopics } from "./paper-list-view.js";
import type { PaperListStrings } from "./paper-list.strings.js";

/** What the filter panel shows and whom it tells about the visitor's choices. */
export interface FilterPanelContext {
  readonly strings: PaperListStrings;
  readonly locale: string;
  /** The topic tree; `undefined` while it is still to be drawn (after the first page of papers). */
  readonly facets: readonly FacetNode[] | undefined;
  readonly selected: ReadonlySet<string>;
  /** Whether a topic's subtopics are shown. */
  readonly isOpen: (node: FacetNode, depth: number) => boolean;
  /** Whether every subtopic of `parentKey` ("" for the top level) shows, not only the most common. */
  readonly isShowingAll: (parentKey: string) => boolean;
  readonly onShowAll: (parentKey: string) => void;
  readonly query: string;
  readonly minConfidence: number;
  readonly sort: PaperSortOrder;
  /** How many of the topics and the minimum confidence are set (with a search, "Clear filters" shows). */
  readonly activeFilters: number;
  /** On a narrow screen: whether the sort, confidence and topics are shown (a wide one always shows them). */
  readonly moreFiltersOpen: boolean;
  /** Unique in the element: the panel's ids start with it. */
  readonly idPrefix: string;
  readonly onToggleMoreFilters: () => void;
  readonly onQuery: (query: string) => void;
  readonly onFacet: (key: string, checked: boolean) => void;
  readonly onToggleOpen: (node: FacetNode, open: boolean) => void;
  readonly onMinConfidence: (value: number) => void;
  readonly onSort: (order: PaperSortOrder) => void;
  readonly onClear: () => void;
}

// A chevron that CSS turns when the group is open; hidden from assistive technology, which
// hears aria-expanded instead.
const chevron = html`<svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
  <path d="M5 3l6 5-6 5z" fill="currentColor" />
</svg>`;

function renderNodes(
  all: readonly FacetNode[],
  depth: number,
  parentKey: string,
  context: FilterPanelContext,
): TemplateResult {
  const { shown: nodes, hidden } = context.isShowingAll(parentKey)
    ? { shown: all, hidden: 0 }
    : limitTopics(all, context.selected);
  // Keyed by topic: when a search hides some topics, each checkbox stays the same element for
  // the same topic, so focus and a screen reader's place are not moved to another one.
  return html`<ul class="tree" role="list">
    ${repeat(
      nodes,
      (node) => node.key,
      (node) => {
        const open = node.children.length > 0 && context.isOpen(node, depth);
        return html`<li>
          <div class="node">
            ${
              node.children.length > 0
                ? html`<button
                    type="button"
                    class="twisty"
                    aria-expanded=${open ? "true" : "false"}
                    aria-label=${context.strings.subtopicsOf(node.label)}
                    @click=${() => context.onToggleOpen(node, !open)}
                  >
                    ${chevron}
                  </button>`
                : html`<span class="twisty-space"></span>`
            }
            <label class="facet ${node.count === 0 ? "empty" : ""}">
              <input
                type="checkbox"
                .checked=${live(context.selected.has(node.key))}
                @change=${(event: Event) => context.onFacet(node.key, (event.target as HTMLInputElement).checked)}
              />
              <span class="facet-label" title=${node.label}>${node.label}</span>
              <span class="count" aria-hidden="true">${node.count.toLocaleString(context.locale)}</span
              ><span class="visually-hidden">, ${context.strings.papers(node.count)}</span>
            </label>
          </div>
          ${open ? renderNodes(node.children, depth + 1, node.key, context) : nothing}
        </li>`;
      },
    )}
    ${
      hidden > 0
        ? html`<li>
            <button type="button" class="more-topics" @click=${() => context.onShowAll(parentKey)}>
              ${context.strings.moreTopics(hidden)}
            </button>
          </li>`
        : nothing
    }
  </ul>`;
}

/**
 * The filters beside the list: search, sort, minimum confidence, and the topic tree with
 * counts. A search landmark holding native controls only: checkboxes in nested lists, a
 * range slider with its value written beside it, a select, and buttons with `aria-expanded`
 * for the topic groups. On a narrow screen everything but the search sits behind one
 * button, so the first paper is on the first screen.
 */
export function renderFilterPanel(context: FilterPanelContext): TemplateResult {
  const { strings } = context;
  const confidence = formatScore(context.minConfidence, context.locale);
  return html`<form
    part="filters"
    class="filters"
    role="search"
    aria-label=${strings.filters}
    @submit=${(event: Event) => event.preventDefault()}
  >
    <label class="field">
      <span class="field-label">${strings.search}</span>
      <input
        type="search"
        part="search"
        .value=${live(context.query)}
        placeholder=${strings.searchPlaceholder}
        autocomplete="off"
        @input=${(event: Event) => context.onQuery((event.target as HTMLInputElement).value)}
      />
    </label>
    <button
      type="button"
      class="more-filters"
      aria-expanded=${context.moreFiltersOpen ? "true" : "false"}
      aria-controls="${context.idPrefix}-more-filters"
      @click=${context.onToggleMoreFilters}
    >
      ${strings.moreFilters(context.activeFilters)}
    </button>
    <div class="filter-body ${context.moreFiltersOpen ? "open" : ""}" id="${context.idPrefix}-more-filters">
      <label class="field">
        <span class="field-label">${strings.sortBy}</span>
        <select
          part="sort"
          .value=${live(context.sort)}
          @change=${(event: Event) => context.onSort((event.target as HTMLSelectElement).value as PaperSortOrder)}
        >
          ${paperSortOrders.map((order) => html`<option value=${order} ?selected=${order === context.sort}>${strings.sortOrders[order]}</option>`)}
        </select>
      </label>
      <div class="field">
        <label class="confidence">
          <span class="field-label">${strings.minConfidence}</span>
          <input
            type="range"
            part="confidence"
            min="0"
            max="1"
            step="0.05"
            .value=${live(String(context.minConfidence))}
            aria-valuetext=${confidence}
            @input=${(event: Event) => context.onMinConfidence(Number((event.target as HTMLInputElement).value))}
          />
        </label>
        <output class="confidence-value" aria-hidden="true">${confidence}</output>
      </div>
      <fieldset class="topics" aria-busy=${context.facets ? "false" : "true"}>
        <legend>${strings.topics}</legend>
        ${context.facets ? renderNodes(context.facets, 0, "", context) : nothing}
      </fieldset>
      ${context.query.trim() !== "" || context.activeFilters > 0 ? html`<button type="button" class="clear" @click=${context.onClear}>${strings.clearFilters}</button>` : nothing}
    </div>
  </form>`;
}
