import { hasMath, splitMath, splitParagraphs } from "@lectern/core";
import { html, nothing, type TemplateResult } from "lit";
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import type { MathController } from "./math-controller.js";

/**
 * Inline text with TeX math: plain runs are Lit text (escaped, never HTML); math runs are
 * temml's MathML once loaded, and the TeX source until then (so nothing is blank). temml's
 * output is the only markup inserted, and it is built from TeX with `trust: false`.
 */
export function renderInlineText(text: string, math: MathController): TemplateResult | string {
  if (!hasMath(text)) return text;
  const renderer = math.require();
  return html`${splitMath(text).map((segment) => {
    if (segment.kind === "text") return segment.text;
    const mathml = renderer?.(segment.tex, segment.display);
    if (mathml === undefined)
      return html`<span class="math-source"
        >${segment.display ? `\\[${segment.tex}\\]` : `\\(${segment.tex}\\)`}</span
      >`;
    return unsafeHTML(mathml);
  })}`;
}

/** Paragraphs of plain text with math, as `<p>` elements. */
export function renderParagraphs(text: string | undefined, math: MathController): TemplateResult | typeof nothing {
  if (!text) return nothing;
  return html`${splitParagraphs(text).map((paragraph) => html`<p>${renderInlineText(paragraph, math)}</p>`)}`;
}
