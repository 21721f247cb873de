import { decodeHtmlEntities, isSafeUrl, splitMath, type TextSegment } from "@lectern/core";
import { html, nothing, type TemplateResult } from "lit";
import type { Token, Tokens } from "marked";
import type { MarkdownLexer } from "./markdown-controller.js";
import type { MathController } from "./math-controller.js";
import { renderInlineText } from "./rich-text.js";

type Rendered = TemplateResult | string | typeof nothing;

// TeX is taken out before Markdown reads the text (Markdown would turn `\(` into `(` and
// `a_b_c` into emphasis) and put back in the text runs, as a private-use character and the
// formula's number: characters Markdown gives no meaning to.
const mathMark = /\uE000(\d+)\uE001/g;

function protectMath(text: string): { readonly text: string; readonly math: readonly TextSegment[] } {
  const math: TextSegment[] = [];
  const protectedText = splitMath(text)
    .map((segment) => {
      if (segment.kind === "text") return segment.text;
      math.push(segment);
      return `\uE000${math.length - 1}\uE001`;
    })
    .join("");
  return { text: protectedText, math };
}

interface RenderState {
  readonly math: MathController;
  readonly formulas: readonly TextSegment[];
}

/** A run of text with its formulas restored and drawn (as MathML once temml is loaded). */
function renderText(text: string, state: RenderState): Rendered {
  const decoded = decodeHtmlEntities(text);
  if (!decoded.includes("\uE000")) return decoded;
  const parts: Rendered[] = [];
  let last = 0;
  for (const match of decoded.matchAll(mathMark)) {
    parts.push(decoded.slice(last, match.index));
    const formula = state.formulas[Number(match[1])];
    if (formula?.kind === "math") {
      const tex = formula.display ? `\\[${formula.tex}\\]` : `\\(${formula.tex}\\)`;
      parts.push(renderInlineText(tex, state.math));
    }
    last = match.index + match[0].length;
  }
  parts.push(decoded.slice(last));
  return html`${parts}`;
}

function renderInline(tokens: readonly Token[] | undefined, state: RenderState): Rendered {
  if (!tokens) return nothing;
  return html`${tokens.map((token) => renderInlineToken(token, state))}`;
}

function renderInlineToken(token: Token, state: RenderState): Rendered {
  switch (token.type) {
    case "strong":
      return html`<strong>${renderInline(token.tokens, state)}</strong>`;
    case "em":
      return html`<em>${renderInline(token.tokens, state)}</em>`;
    case "codespan":
      // Code keeps its characters: no entity decoding, no math.
      return html`<code>${token.text}</code>`;
    case "br":
      return html`<br />`;
    case "link": {
      const link = token as Tokens.Link;
      // Only http(s) and mailto become links; a `javascript:` one is shown as its text.
      return isSafeUrl(link.href)
        ? html`<a href=${link.href} rel="noopener">${renderInline(link.tokens, state)}</a>`
        : renderInline(link.tokens, state);
    }
    case "image":
      // No remote images from untrusted text (they would track readers): the description.
      return renderText((token as Tokens.Image).text, state);
    case "text":
      return "tokens" in token && token.tokens ? renderInline(token.tokens, state) : renderText(token.text, state);
    case "escape":
      return token.text;
    default:
      // HTML and anything else is shown as the characters written, never as markup.
      return renderText(token.raw, state);
  }
}

function renderBlocks(tokens: readonly Token[], state: RenderState): Rendered {
  return html`${tokens.map((token) => renderBlock(token, state))}`;
}

function renderBlock(token: Token, state: RenderState): Rendered {
  switch (token.type) {
    case "space":
      return nothing;
    case "paragraph":
      return html`<p>${renderInline(token.tokens, state)}</p>`;
    case "heading":
      // Headings inside an abstract would break the page's outline: bold paragraphs instead.
      return html`<p><strong>${renderInline(token.tokens, state)}</strong></p>`;
    case "list": {
      const list = token as Tokens.List;
      const items = list.items.map((item) => html`<li>${renderBlocks(item.tokens, state)}</li>`);
      return list.ordered
        ? html`<ol start=${typeof list.start === "number" ? list.start : 1}>
            ${items}
          </ol>`
        : html`<ul>
            ${items}
          </ul>`;
    }
    case "code":
      return html`<pre><code>${token.text}</code></pre>`;
    case "blockquote":
      return html`<blockquote>${renderBlocks((token as Tokens.Blockquote).tokens, state)}</blockquote>`;
    case "hr":
      return html`<hr />`;
    case "text":
      // A tight list item's text.
      return "tokens" in token && token.tokens ? renderInline(token.tokens, state) : renderText(token.text, state);
    default:
      // HTML blocks (and anything unknown) show as the text written, in a paragraph.
      return html`<p>${renderText(token.raw.trim(), state)}</p>`;
  }
}

/**
 * A text written in Markdown (CommonMark: paragraphs, emphasis, links, lists, code) as DOM
 * nodes, with its TeX math. Built from marked's tokens as Lit templates, so the text is never
 * HTML: raw HTML in it shows as characters, only http(s) and mailto links are links, and
 * images show their description.
 */
export function renderMarkdown(markdown: string, lexer: MarkdownLexer, math: MathController): TemplateResult {
  const { text, math: formulas } = protectMath(markdown);
  return html`${renderBlocks(lexer(text), { math, formulas })}`;
}
