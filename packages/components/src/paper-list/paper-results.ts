import type { PaperDigestAnswer, Person } from "@lectern/core";
import { html, nothing, type TemplateResult } from "lit";
import { repeat } from "lit/directives/repeat.js";
import type { MarkdownController } from "../shared/markdown-controller.js";
import type { MathController } from "../shared/math-controller.js";
import type { TextFormat } from "../shared/render-rich-text.js";
import { renderPaperCard } from "./paper-card.js";
import { viewPaperCard } from "./paper-list-view.js";
import type { PaperListStrings } from "./paper-list.strings.js";

/** What the results column needs from `<paper-list>` besides the filter's answer. */
export interface PaperResultsContext {
  readonly strings: PaperListStrings;
  readonly math: MathController;
  readonly markdown: MarkdownController;
  /** How the digest writes its abstracts (plain unless it says markdown). */
  readonly textFormat: TextFormat | undefined;
  readonly locale: string;
  /** The digest's people, by id (the cards name the authors). */
  readonly people: ReadonlyMap<string, Person>;
  /** Tags less sure than this are not shown on the cards. */
  readonly minConfidence: number;
  /** The titles' heading level, 2-6. */
  readonly headingLevel: number;
  /** Unique in the element: the cards' ids start with it. */
  readonly idPrefix: string;
  /** How many of the matching papers are in the document. */
  readonly shownCount: number;
  /** How many more "Show more" adds. */
  readonly pageSize: number;
  readonly isAbstractOpen: (paperId: string) => boolean;
  readonly onToggleAbstract: (paperId: string) => void;
  readonly onShowMore: () => void;
}

/**
 * The live "N of M papers" line, the page of matching papers as cards (keyed by paper, so a
 * card keeps its focus and open abstract when the filter moves it), and "Show more".
 */
export function renderPaperResults(answer: PaperDigestAnswer, context: PaperResultsContext): TemplateResult {
  const { strings } = context;
  const count = answer.papers.length;
  const shown = answer.papers.slice(0, context.shownCount);
  return html`<div class="results">
    <p part="summary" class="summary" role="status">${strings.matching(count, answer.total)}</p>
    ${
      count === 0
        ? html`<p class="empty">${strings.noMatches}</p>`
        : html`<ol part="list" class="papers" aria-label=${strings.paperList}>
            ${repeat(
              shown,
              (entry) => entry.paper.id,
              (entry) => {
                const id = entry.paper.id;
                return html`<li>
                  ${renderPaperCard(
                    viewPaperCard(entry, context.people, {
                      minConfidence: context.minConfidence,
                      locale: context.locale,
                    }),
                    {
                      strings,
                      math: context.math,
                      markdown: context.markdown,
                      textFormat: context.textFormat,
                      headingLevel: context.headingLevel,
                      id: `${context.idPrefix}-${entry.position}`,
                      expanded: context.isAbstractOpen(id),
                      onToggleAbstract: () => context.onToggleAbstract(id),
                    },
                  )}
                </li>`;
              },
            )}
          </ol>`
    }
    ${
      count > shown.length
        ? html`<div class="more">
            <button type="button" part="show-more" @click=${context.onShowMore}>
              ${strings.showMore(Math.min(context.pageSize, count - shown.length))}
            </button>
            <span>${strings.showing(shown.length, count)}</span>
          </div>`
        : nothing
    }
  </div>`;
}
