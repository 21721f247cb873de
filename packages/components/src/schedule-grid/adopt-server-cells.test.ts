import { describe, expect, it } from "vitest";
import { adoptServerCells, isServerPartMarker } from "./adopt-server-cells.js";

// What Lit SSR writes for `cells()` in a list (cells-markup.ts), markers included: the part's
// own start and end, the iterable's, and each cell's template and bindings.
const cell = (id: string, title: string) =>
  `<!--lit-part c--><li><!--lit-node 0--><div part="cell" class="cell" data-item-id="${id}"><!--lit-node 1--><a class="open" href="#talk-${id}"><span class="when"><!--lit-part-->9:00<!--/lit-part--> </span><span class="title"><!--lit-part-->${title}<!--/lit-part--> </span><span class="who"><!--lit-part--><!--/lit-part--></span></a><button type="button" class="fav"></button></div></li><!--/lit-part-->`;
const serverList = (cells: string) =>
  `<ol><!--lit-part d--><!--lit-part-->${cells}<!--/lit-part--><!--/lit-part--><li class="after"></li></ol>`;

function list(cells: string): HTMLOListElement {
  const host = document.createElement("div");
  host.innerHTML = serverList(cells);
  return host.firstElementChild as HTMLOListElement;
}

describe("adoptServerCells", () => {
  it("keys the server's cells by item id, with their fields, and leaves only the part's end marker", () => {
    const ol = list(cell("a", "Opening") + cell("b", "Keynote"));
    const start = ol.firstChild!;
    expect(isServerPartMarker(start)).toBe(true);
    const adopted = adoptServerCells(start as Comment);
    expect([...adopted.keys()]).toEqual(["a", "b"]);
    const a = adopted.get("a")!;
    expect(a.root.localName).toBe("li");
    expect(a.cell.dataset["itemId"]).toBe("a");
    // The markers are gone and the split texts are one node again.
    expect(a.title.childNodes).toHaveLength(1);
    expect(a.title.textContent).toBe("Opening ");
    expect(
      [...ol.childNodes].map((node) =>
        node.nodeType === Node.COMMENT_NODE ? `<!--${(node as Comment).data}-->` : (node as Element).localName,
      ),
    ).toEqual(["<!--lit-part d-->", "li", "li", "<!--/lit-part-->", "li"]);
    expect(ol.querySelector(".cell")!.parentElement!.innerHTML).not.toContain("<!--");
  });

  it("drops what is not a cell between the markers, and stops at the part's own end", () => {
    const ol = list(`<!--lit-part c--><li>stray</li><!--/lit-part-->${cell("a", "Opening")}`);
    const adopted = adoptServerCells(ol.firstChild as Comment);
    expect([...adopted.keys()]).toEqual(["a"]);
    expect(ol.textContent).not.toContain("stray");
    expect(ol.querySelector("li.after")).not.toBeNull();
  });

  it("adopts cells written as one string without markers (cells-markup.ts, titles that are text)", () => {
    const plain = (id: string) =>
      `<li><div part="cell" class="cell" data-item-id="${id}"> <a class="open" href="#talk-${id}"><span class="when">9:00 </span><span class="title">Talk ${id} </span><span class="who" hidden></span></a><button type="button" class="fav"></button> </div></li>`;
    const ol = list(`<!--lit-part u-->${plain("a")}${plain("b")}<!--/lit-part-->`);
    const adopted = adoptServerCells(ol.firstChild as Comment);
    expect([...adopted.keys()]).toEqual(["a", "b"]);
    expect(adopted.get("b")!.title.textContent).toBe("Talk b ");
    expect(ol.querySelectorAll("li").length).toBe(3);
    expect(ol.querySelector("li.after")).not.toBeNull();
  });

  it("tells a server's marker from the browser's", () => {
    expect(isServerPartMarker(document.createComment("lit-part AbC="))).toBe(true);
    expect(isServerPartMarker(document.createComment("?lit$123$"))).toBe(false);
    expect(isServerPartMarker(document.createComment(""))).toBe(false);
    expect(isServerPartMarker(null)).toBe(false);
  });
});
