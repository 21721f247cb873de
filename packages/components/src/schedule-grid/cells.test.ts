import { html, render } from "lit";
import { afterEach, describe, expect, it } from "vitest";
import { cells, type CellModel } from "./cells.js";

const model = (id: string, overrides: Partial<CellModel> = {}): CellModel => ({
  id,
  states: "",
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

const container = document.createElement("div");
const draw = (models: CellModel[], inListItems = false) =>
  render(
    html`<p>before</p>
      ${cells(models, inListItems)}
      <p>after</p>`,
    container,
  );
const drawnCells = () => [...container.querySelectorAll<HTMLElement>(".cell")];
const ids = () => drawnCells().map((cell) => cell.dataset["itemId"]);

afterEach(() => render(html``, container));

describe("cells()", () => {
  it("draws one cell per model, in order, between the neighbours of its position", () => {
    draw([
      model("a", {
        focusable: true,
        states: "live",
        placement: { rowStart: 2, rowEnd: 3, columnStart: 2, columnEnd: 4 },
        trackColor: "#c00",
      }),
      model("b", { who: "" }),
    ]);
    expect(ids()).toEqual(["a", "b"]);
    const [a, b] = drawnCells() as [HTMLElement, HTMLElement];
    expect(a.previousElementSibling!.textContent).toBe("before");
    expect(b.nextElementSibling!.textContent).toBe("after");
    expect(a.className).toBe("cell live");
    expect(a.getAttribute("part")).toBe("cell");
    expect(a.style.getPropertyValue("--_track").trim()).toBe("#c00");
    // Set through the CSSOM, which a strict Content-Security-Policy allows (issue 18).
    expect([a.style.gridRow, a.style.gridColumn]).toEqual(["2 / 3", "2 / 4"]);
    expect(a.querySelector("a")!.title).toBe("Talk a");
    expect(a.querySelector("a")!.getAttribute("href")).toBe("#talk-a");
    expect(a.querySelector("a")!.tabIndex).toBe(0);
    expect(b.querySelector("a")!.tabIndex).toBe(-1);
    expect(a.querySelector(".open")!.textContent).toBe("09:00–09:30 · 30 min Talk a Speaker a");
    expect(b.querySelector<HTMLElement>(".who")!.hidden).toBe(true);
    expect(a.querySelector(".fav")!.getAttribute("aria-pressed")).toBe("false");
    expect(a.querySelector(".fav")!.getAttribute("aria-label")).toBe("Add “Talk a” to my favourites");
  });

  it("puts no marker comments between cells (Lit's map would add two per item)", () => {
    draw([model("a"), model("b"), model("c")]);
    const [a, b, c] = drawnCells() as [HTMLElement, HTMLElement, HTMLElement];
    expect(a.nextSibling).toBe(b);
    expect(b.nextSibling).toBe(c);
  });

  it("keeps each cell's element on update and rewrites only what changed", () => {
    draw([model("a"), model("b")]);
    const [a] = drawnCells() as [HTMLElement];
    const whenText = a.querySelector(".when")!.firstChild;
    draw([
      model("a", { favourite: true, starLabel: "Remove “Talk a” from my favourites", focusable: true }),
      model("b"),
    ]);
    expect(drawnCells()[0]).toBe(a);
    expect(a.querySelector(".when")!.firstChild).toBe(whenText);
    expect(a.querySelector(".fav")!.getAttribute("aria-pressed")).toBe("true");
    expect(a.querySelector(".fav")!.getAttribute("aria-label")).toBe("Remove “Talk a” from my favourites");
    expect(a.querySelector("a")!.tabIndex).toBe(0);
  });

  it("moves, adds and removes cells by id", () => {
    draw([model("a"), model("b"), model("c")]);
    const [a, , c] = drawnCells() as [HTMLElement, HTMLElement, HTMLElement];
    draw([model("c"), model("d"), model("a")]);
    expect(ids()).toEqual(["c", "d", "a"]);
    expect(drawnCells()[0]).toBe(c);
    expect(drawnCells()[2]).toBe(a);
    expect(container.lastElementChild!.textContent).toBe("after");
    draw([]);
    expect(ids()).toEqual([]);
    expect([...container.children].map((element) => element.textContent)).toEqual(["before", "after"]);
  });

  it("reuses the cell of an item no longer shown for a new one, in place, and shows all of the new item", () => {
    draw([
      model("a", {
        states: "live",
        placement: { rowStart: 2, rowEnd: 3, columnStart: 2, columnEnd: 4 },
        trackColor: "#c00",
        favourite: true,
        focusable: true,
      }),
      model("b"),
    ]);
    const [oldA, oldB] = drawnCells() as [HTMLElement, HTMLElement];
    const titleText = oldA.querySelector(".title")!.firstChild;
    draw([model("c", { who: "" }), model("d")]);
    expect(ids()).toEqual(["c", "d"]);
    expect(drawnCells()).toEqual([oldA, oldB]);
    const c = drawnCells()[0]!;
    // The text node is rewritten, not replaced.
    expect(c.querySelector(".title")!.firstChild).toBe(titleText);
    expect(c.className).toBe("cell");
    expect(c.hasAttribute("style")).toBe(false);
    expect(c.querySelector("a")!.getAttribute("href")).toBe("#talk-c");
    expect(c.querySelector("a")!.tabIndex).toBe(-1);
    expect(c.querySelector(".open")!.textContent).toBe("09:00–09:30 · 30 min Talk c ");
    expect(c.querySelector<HTMLElement>(".who")!.hidden).toBe(true);
    expect(c.querySelector(".fav")!.getAttribute("aria-pressed")).toBe("false");
    expect(c.querySelector(".fav")!.getAttribute("aria-label")).toBe("Add “Talk c” to my favourites");
    expect(container.querySelectorAll(".cell")).toHaveLength(2);
  });

  it("never reuses the cell that holds the focus for another item", () => {
    document.body.append(container);
    try {
      draw([model("a", { focusable: true }), model("b")]);
      const [a, b] = drawnCells() as [HTMLElement, HTMLElement];
      a.querySelector("a")!.focus();
      draw([model("c"), model("d")]);
      expect(ids()).toEqual(["c", "d"]);
      expect(drawnCells()).not.toContain(a);
      expect(drawnCells()[0]).toBe(b);
      expect(a.isConnected).toBe(false);
    } finally {
      container.remove();
    }
  });

  it("reuses cells only of the same shape: a list item in lists, a bare cell in grids", () => {
    draw([model("a")], true);
    const item = container.querySelector("li")!;
    draw([model("b")], true);
    expect(container.querySelector("li")).toBe(item);
    expect(item.querySelector<HTMLElement>(".cell")!.dataset["itemId"]).toBe("b");
    draw([model("c")], false);
    expect(container.querySelector("li")).toBeNull();
    expect(drawnCells()[0]!.parentElement).toBe(container);
    expect(ids()).toEqual(["c"]);
  });

  it("wraps each cell in an <li> for lists", () => {
    render(
      html`<ol>
        ${cells([model("a"), model("b")], true)}
      </ol>`,
      container,
    );
    expect(
      [...container.querySelectorAll("ol > li > .cell")].map((cell) => (cell as HTMLElement).dataset["itemId"]),
    ).toEqual(["a", "b"]);
  });

  it("draws a title with markup as Lit content, and redraws the cell when the title becomes plain", () => {
    draw([model("a", { title: html`<math><mi>x</mi></math> ` })]);
    const first = drawnCells()[0]!;
    expect(first.querySelector(".title math")).not.toBeNull();
    draw([model("a", { title: "Plain" })]);
    expect(drawnCells()[0]).not.toBe(first);
    expect(drawnCells()[0]!.querySelector(".title")!.textContent).toBe("Plain ");
  });

  it("shows markup in texts as text", () => {
    draw([model("a", { title: `<img src=x onerror="window.__pwned=1">`, who: "<b>bold</b>", when: "<i>x</i>" })]);
    const cell = drawnCells()[0]!;
    expect(cell.querySelector("img, b, i")).toBeNull();
    expect(cell.querySelector(".title")!.textContent).toBe(`<img src=x onerror="window.__pwned=1"> `);
  });
});
