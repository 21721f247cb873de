import { afterEach, describe, expect, it } from "vitest";
import { findAccessibilityViolations } from "../testing/axe.js";
import { presentationProgram } from "../testing/presentation-program.js";
import type { PaperListElement } from "./paper-list.element.js";
import { all, cardTitled, checkbox, clean, facetOutline, renderList, settle, titles } from "./paper-list-test-kit.js";

// <paper-list> and how papers are presented: a "Remote" or "Hybrid" mark on the card, and a
// Presentation facet when the papers are not all presented one way.

afterEach(() => document.body.replaceChildren());

const presentedAs = (list: PaperListElement, title: string) =>
  clean(cardTitled(list, title).querySelector("[part=presentation]")?.textContent);

describe("<paper-list> presentation", () => {
  it("marks a remote and a hybrid paper in words, and no paper in person", async () => {
    const list = await renderList({ digest: undefined, program: presentationProgram });
    expect(presentedAs(list, "Given from afar")).toBe("Remote");
    expect(presentedAs(list, "A poster from afar")).toBe("Remote");
    expect(presentedAs(list, "Given both ways")).toBe("Hybrid");
    expect(presentedAs(list, "Given in the room")).toBeUndefined();
    expect(presentedAs(list, "Given as talks are")).toBeUndefined();
    expect(all(list, "[part=presentation]")).toHaveLength(3);
    expect(await findAccessibilityViolations(list)).toEqual([]);
  });

  it("offers a Presentation facet (an unsaid paper in person) that filters the papers", async () => {
    const list = await renderList({ digest: undefined, program: presentationProgram });
    expect(facetOutline(list)).toEqual(
      expect.arrayContaining(["Presentation 6", "  Remote 2", "  In person 3", "  Hybrid 1"]),
    );
    checkbox(list, "Remote").click();
    await settle(list);
    expect(titles(list)).toEqual(["Given from afar", "A poster from afar"]);
  });

  it("has no Presentation facet when every paper is presented in person", async () => {
    const inPerson = {
      ...presentationProgram,
      items: presentationProgram.items.map(({ presentation: _dropped, ...item }) => item),
    };
    const list = await renderList({ digest: undefined, program: inPerson });
    expect(facetOutline(list).some((line) => line.startsWith("Presentation"))).toBe(false);
    expect(all(list, "[part=presentation]")).toHaveLength(0);
  });
});
