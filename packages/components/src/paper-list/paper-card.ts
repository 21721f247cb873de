import { html, nothing, type TemplateResult } from "lit";
import type { MarkdownController } from "../shared/markdown-controller.js";
import type { MathController } from "../shared/math-controller.js";
import { renderRichText, type TextFormat } from "../shared/render-rich-text.js";
import { presentationMark } from "../shared/presentation-mark.js";
import { renderInlineText } from "../shared/rich-text.js";
import type { CardAuthor, CardTag, PaperCardView } from "./paper-list-view.js";
import type { PaperListStrings } from "./paper-list.strings.js";

/** What a card needs from the element besides its paper. */
export interface PaperCardContext {
  readonly strings: PaperListStrings;
  readonly math: MathController;
  readonly markdown: MarkdownController;
  /** How the abstract is written: Markdown is drawn as DOM nodes, never as HTML. */
  readonly textFormat: TextFormat | undefined;
  /** The title's heading level, 2-6. */
  readonly headingLevel: number;
  /** Unique in the element: the card's ids start with it. */
  readonly id: string;
  /** Whether the abstract is shown (and its text drawn). */
  readonly expanded: boolean;
  readonly onToggleAbstract: () => void;
}

// The cards write plain text through `.textContent` rather than as a child of a template: each
// text binding is a comment marker and a part to commit, and a page of 50 cards had 190 nodes
// a card, 71 of them markers. Spaces that show are written inside the text.

/** The mark of an equal-contribution author; the legend under the authors explains it. */
const equalMark = "†";

/** The author's marks: † for equal contribution, * for presenting, each said in words to screen readers. */
function renderAuthorMarks(author: CardAuthor, strings: PaperListStrings): TemplateResult | typeof nothing {
  if (!author.presenting && !author.equalContribution) return nothing;
  const said = [author.equalContribution ? strings.equalContribution : "", author.presenting ? strings.presenting : ""]
    .filter(Boolean)
    .join(", ");
  const shown = `${author.equalContribution ? equalMark : ""}${author.presenting ? "*" : ""}`;
  return html`<span
      class="${author.presenting ? "presenting-mark" : "equal-mark"}"
      aria-hidden="true"
      .textContent=${shown}
    ></span
    ><span class="visually-hidden" .textContent=${` (${said})`}></span>`;
}

function renderAuthor(author: CardAuthor, strings: PaperListStrings, last: boolean): TemplateResult {
  // The comma is text written right after the name (or affiliation), never after a line
  // break: white space before it would show as "Ana Silva , Li Na".
  const affiliation = author.affiliations.length > 0 ? ` (${author.affiliations.join("; ")})` : "";
  return html`<li>
    <span
      class="author-name ${author.name ? "" : "tba"}"
      .textContent=${author.name ?? strings.nameToBeAnnounced}
    ></span
    >${renderAuthorMarks(author, strings)}<span class="affiliation" .textContent=${affiliation}></span
    ><span class="separator" aria-hidden="true" .textContent=${last ? "" : ", "}></span>
  </li>`;
}

/** The authors in order and, when one of them is marked †, the legend that says what it means. */
function renderAuthors(view: PaperCardView, strings: PaperListStrings): TemplateResult | typeof nothing {
  if (view.authors.length === 0) return nothing;
  const list = html`<ol part="authors" class="authors" aria-label=${strings.authors}>
    ${view.authors.map((author, index) => renderAuthor(author, strings, index === view.authors.length - 1))}
  </ol>`;
  // Hidden from screen readers, which hear "(equal contribution)" at each name instead.
  return view.authors.some((author) => author.equalContribution)
    ? html`${list}
        <p class="legend" aria-hidden="true" .textContent=${`${equalMark} ${strings.equalContribution}`}></p>`
    : list;
}

function renderTag(tag: CardTag, strings: PaperListStrings): TemplateResult {
  // Every level shows: "Vision" alone does not say whether it is computer vision or a
  // company's vision statement. The broader levels are muted so the tag itself reads first.
  const broader = tag.path.slice(0, -1);
  const score =
    tag.score === undefined
      ? nothing
      : html` <span class="score"
          ><span class="visually-hidden" .textContent=${`${strings.confidence} `}></span>${tag.score}</span
        >`;
  return html`<li class="tag" title=${tag.path.join(" › ")}>
    <span class="tag-path" .textContent=${broader.length > 0 ? `${broader.join(" › ")} › ` : ""}></span
    ><span class="tag-label" .textContent=${tag.label}></span>${score}
  </li>`;
}

/**
 * Where and when it appeared, after "Remote" or "Hybrid" (in words) for a paper presented so.
 * One binding of the card for both, so a paper that does not say how it is presented costs no
 * comment marker and no node more than before.
 */
function renderPublished(view: PaperCardView, strings: PaperListStrings): TemplateResult | typeof nothing {
  const published = view.published
    ? html`<p part="published" class="published" .textContent=${view.published}></p>`
    : nothing;
  const presented = view.presentation === undefined ? undefined : presentationMark(view.presentation, strings);
  return presented
    ? html`<p part="presentation" class="presentation" .textContent=${presented}></p>
        ${published}`
    : published;
}

/**
 * One paper: the title as a heading, the authors in order (marked * presenting and † equal
 * contribution), "Remote" or "Hybrid" when it is presented so, where and when it appeared,
 * its topic tags with their scores, typed links, and the abstract behind a button. The
 * abstract's box stays in the document while hidden, so `aria-controls` always points at it;
 * its text is drawn only when it shows (every abstract shows while the page prints:
 * AbstractsController).
 */
export function renderPaperCard(view: PaperCardView, context: PaperCardContext): TemplateResult {
  const { strings, math, id } = context;
  // The title, hidden, tells one card's "arXiv" or "Show abstract" from another's in a screen
  // reader's list of links and buttons; the visible label comes first so voice control matches it.
  const whose = html`<span class="visually-hidden" .textContent=${` (${view.title})`}></span>`;
  return html`<article part="card" class="card" id=${id} aria-labelledby="${id}-title" tabindex="-1">
    <div part="title" class="title" role="heading" aria-level=${context.headingLevel} id="${id}-title">
      ${renderInlineText(view.title, math)}
    </div>
    ${renderAuthors(view, strings)}${renderPublished(view, strings)}${
      view.tags.length > 0
        ? html`<ul part="tags" class="tags" aria-label=${strings.tags}>
            ${view.tags.map((tag) => renderTag(tag, strings))}
          </ul>`
        : nothing
    }${
      view.links.length > 0
        ? html`<ul part="links" class="links" aria-label=${strings.linksLabel}>
            ${view.links.map(
              (link) =>
                html`<li><a href=${link.url} rel="noopener">${link.label ?? strings.links[link.kind]}${whose}</a></li>`,
            )}
          </ul>`
        : nothing
    }${
      view.abstract
        ? html`<button
              type="button"
              part="toggle"
              class="toggle"
              aria-expanded=${context.expanded ? "true" : "false"}
              aria-controls="${id}-abstract"
              @click=${context.onToggleAbstract}
            >
              ${context.expanded ? strings.hideAbstract : strings.showAbstract}${whose}
            </button>
            <div part="abstract" class="abstract" id="${id}-abstract" ?hidden=${!context.expanded}>
              ${context.expanded ? renderRichText(view.abstract, context.textFormat, context) : nothing}
            </div>`
        : nothing
    }
  </article>`;
}
