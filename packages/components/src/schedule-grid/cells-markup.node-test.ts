import { render } from "@lit-labs/ssr";
import { collectResult } from "@lit-labs/ssr/lib/render-result.js";
import { html } from "lit";
import { describe, expect, it } from "vitest";
import { cells, type CellModel } from "./cells.js";

const model = (id: string, overrides: Partial<CellModel> = {}): CellModel => ({
  id,
  states: "",
  placement: { rowStart: 2, rowEnd: 5, columnStart: 3, columnEnd: 4 },
  href: `#talk-${id}`,
  focusable: false,
  when: "09:00–09:30 · 30 min",
  title: `Talk ${id}`,
  fullTitle: `Talk ${id}`,
  who: `Speaker ${id}`,
  favourite: false,
  starLabel: `Add “Talk ${id}” to my favourites`,
  ...overrides,
});

// Text a program could hold that would be markup if it were not escaped.
const hostile: Partial<CellModel> = {
  title: 'A <img src=x onerror="alert(1)"> & co',
  fullTitle: 'A <img src=x onerror="alert(1)"> & co',
  who: "</span><script>x</script>",
  starLabel: 'Add "<b>" to my favourites',
};

const server = (models: CellModel[], inListItems = false) =>
  collectResult(
    render(
      html`<ol>
        ${cells(models, inListItems)}
      </ol>`,
    ),
  );

/** Each cell's HTML, without Lit's markers and with the template source's line breaks as spaces. */
function cellsOf(markup: string): string[] {
  const plain = markup
    .replace(/<!--[^]*?-->/g, "")
    .replace(/\s+/g, " ")
    .replace(/\s+>/g, ">");
  return plain
    .split('<div part="cell"')
    .slice(1)
    .map((cell) => `<div part="cell"${cell.slice(0, cell.indexOf("</div>") + "</div>".length)}`);
}

describe("cells() rendered by Lit SSR", () => {
  it("writes cells whose titles are text as markup without Lit's markers, escaped", async () => {
    const markup = await server([model("a", hostile), model('b"1', { who: "", states: "plenary", focusable: true })]);
    expect(markup).not.toContain("lit-node");
    expect(markup).not.toContain("<img");
    expect(markup).not.toContain("<script");
    expect(markup).toContain("A &lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; co ");
    expect(markup).toContain('data-item-id="b&quot;1"');
    expect(markup).toContain('<span class="who" hidden></span>');
    expect(markup).toContain('style="grid-row:2 / 5;grid-column:3 / 4;--_span:3"');
  });

  it("writes the same cells as Lit's templates do, which it keeps for a title with math", async () => {
    const models = [model("a", hostile), model("b", { who: "", favourite: true, trackColor: "#a00" })];
    const math = model("m", { title: html`<math><mi>x</mi></math>` });
    const templated = await server([...models, math], true);
    // A title that is a template keeps the templates (and their markers) for every cell.
    expect(templated).toContain("lit-node");
    const fromTemplates = cellsOf(templated).slice(0, models.length);
    expect(cellsOf(await server(models, true))).toEqual(fromTemplates);
    expect(fromTemplates).toHaveLength(2);
  });

  it("wraps each cell in an <li> in lists", async () => {
    const markup = await server([model("a"), model("b")], true);
    expect(markup.match(/<li><div part="cell"/g)).toHaveLength(2);
  });
});
