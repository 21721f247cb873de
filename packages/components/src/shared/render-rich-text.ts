import { nothing, type TemplateResult } from "lit";
import type { MarkdownController } from "./markdown-controller.js";
import { renderMarkdown } from "./markdown.js";
import type { MathController } from "./math-controller.js";
import { renderParagraphs } from "./rich-text.js";

/** How a program writes its rich-text fields: the program's `textFormat`. */
export type TextFormat = "plain" | "markdown";

/**
 * A rich-text field (abstract, biography, description, note) as the program writes it: plain
 * paragraphs, or Markdown once the lexer has loaded (plain paragraphs until then, so the text
 * is never blank). Math works in both.
 */
export function renderRichText(
  text: string | undefined,
  format: TextFormat | undefined,
  controllers: { readonly math: MathController; readonly markdown: MarkdownController },
): TemplateResult | typeof nothing {
  if (!text) return nothing;
  const lexer = format === "markdown" ? controllers.markdown.require() : undefined;
  return lexer ? renderMarkdown(text, lexer, controllers.math) : renderParagraphs(text, controllers.math);
}
