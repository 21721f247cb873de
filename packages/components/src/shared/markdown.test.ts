import { render } from "lit";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { loadMarkdownLexer, type MarkdownLexer } from "./markdown-controller.js";
import { renderMarkdown } from "./markdown.js";
import { MathController } from "./math-controller.js";

let lexer: MarkdownLexer;
let updates = 0;
const host = {
  addController() {},
  removeController() {},
  requestUpdate: () => (updates += 1),
  updateComplete: Promise.resolve(true),
};
const math = new MathController(host);

beforeAll(async () => {
  lexer = await loadMarkdownLexer();
});

afterEach(() => document.body.replaceChildren());

/** `markdown` drawn into a fresh <div>. */
function draw(markdown: string): HTMLDivElement {
  const box = document.createElement("div");
  document.body.append(box);
  render(renderMarkdown(markdown, lexer, math), box);
  return box;
}

/** The element structure of `box`, tags and text, without Lit's comment markers. */
function shape(node: Node): string {
  // White space between list items is the template's formatting, not the text's.
  if (node.nodeType === Node.TEXT_NODE) return /^\s+$/.test(node.textContent ?? "") ? "" : (node.textContent ?? "");
  if (node.nodeType !== Node.ELEMENT_NODE) return "";
  const element = node as Element;
  const inner = [...element.childNodes].map(shape).join("");
  return `<${element.localName}>${inner}</${element.localName}>`;
}
const shapeOf = (box: Element) => [...box.childNodes].map(shape).join("");

describe("renderMarkdown", () => {
  it.each([
    ["paragraphs", "One.\n\nTwo.", "<p>One.</p><p>Two.</p>"],
    ["emphasis and strong", "*a* and **b** and _c_", "<p><em>a</em> and <strong>b</strong> and <em>c</em></p>"],
    ["inline code", "call `f(x) < 2`", "<p>call <code>f(x) < 2</code></p>"],
    ["a bullet list", "- one\n- two", "<ul><li>one</li><li>two</li></ul>"],
    ["a numbered list", "1. one\n2. two", "<ol><li>one</li><li>two</li></ol>"],
    ["a code block", "```\nx <b>\n```", "<pre><code>x <b></code></pre>"],
    ["a heading, as a bold paragraph", "# Title", "<p><strong>Title</strong></p>"],
    ["an entity", "Fish &amp; chips", "<p>Fish & chips</p>"],
    ["an escaped star", "\\*not emphasis\\*", "<p>*not emphasis*</p>"],
  ])("draws %s", (_, markdown, expected) => {
    expect(shapeOf(draw(markdown))).toBe(expected);
  });

  it("shows raw HTML as the characters written, never as markup", () => {
    const box = draw('Hi <img src=x onerror="alert(1)"> <script>alert(2)</script>\n\n<div onclick="x()">block</div>');
    expect(box.querySelector("img, script, div")).toBeNull();
    expect(box.textContent).toContain('<img src=x onerror="alert(1)">');
    expect(box.textContent).toContain('<div onclick="x()">block</div>');
  });

  it("makes links of http(s) and mailto addresses only", () => {
    const box = draw("[ok](https://example.org/a) [bad](javascript:alert(1)) [mail](mailto:a@b.org)");
    expect([...box.querySelectorAll("a")].map((a) => [a.textContent, a.getAttribute("href"), a.rel])).toEqual([
      ["ok", "https://example.org/a", "noopener"],
      ["mail", "mailto:a@b.org", "noopener"],
    ]);
    expect(box.textContent).toContain("bad");
  });

  it("shows an image's description, never loads it", () => {
    const box = draw("![a tracking pixel](https://tracker.example/p.gif)");
    expect(box.querySelector("img")).toBeNull();
    expect(box.textContent?.trim()).toBe("a tracking pixel");
  });

  it("keeps TeX math whole: underscores are not emphasis and \\( is not escaped away", async () => {
    draw("Let $a_b c_d$ hold, and \\(x_1\\).");
    // The first draw asks for temml; once loaded, math is MathML.
    await expect.poll(() => math.renderer, { timeout: 5000 }).toBeDefined();
    const box = draw("Let $a_b c_d$ hold, and \\(x_1 *y*\\).");
    expect(box.querySelector("em")).toBeNull();
    expect(box.querySelectorAll("math")).toHaveLength(2);
    expect(box.querySelector("p")?.textContent).toMatch(/^Let .* hold, and .*\.$/);
  });
});

describe("renderRichText", () => {
  it("draws plain paragraphs until the Markdown lexer has loaded, then Markdown; plain text stays plain", async () => {
    const { renderRichText } = await import("./render-rich-text.js");
    const { MarkdownController } = await import("./markdown-controller.js");
    const markdown = new MarkdownController(host);
    const box = document.createElement("div");
    document.body.append(box);
    render(renderRichText("*Hi*", "markdown", { math, markdown }), box);
    expect(shapeOf(box)).toBe("<p>*Hi*</p>");
    await expect.poll(() => markdown.lexer).toBeDefined();
    render(renderRichText("*Hi*", "markdown", { math, markdown }), box);
    expect(shapeOf(box)).toBe("<p><em>Hi</em></p>");
    render(renderRichText("*Hi*", "plain", { math, markdown }), box);
    expect(shapeOf(box)).toBe("<p>*Hi*</p>");
  });
});
