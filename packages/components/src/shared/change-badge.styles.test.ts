import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ChangesSinceVisitElement } from "../changes-since-visit/changes-since-visit.element.js";
import "../changes-since-visit/define.js";
import { favouritesKey } from "../schedule-grid/favourites-store.js";
import type { TalkCardElement } from "../talk-card/talk-card.element.js";
import "../talk-card/define.js";
import { deltaVersions } from "../testing/delta-versions.js";
import { programFrom } from "../testing/fixtures.js";

// The page's colour tokens, set to values no theme has, so that each colour below is seen to
// come from its token: the words in the text colour, a cancelled or removed one in the danger
// colour, what it was in the muted one.
const tokens = {
  "--program-color-text": "rgb(11, 22, 33)",
  "--program-color-danger": "rgb(170, 1, 2)",
  "--program-color-muted": "rgb(44, 55, 66)",
};

/** talk-chen (moved) and talk-doucet (cancelled) on cards, against the previous version. */
async function renderCards(): Promise<ShadowRoot[]> {
  const { before, after } = deltaVersions();
  const cards = ["talk-chen", "talk-doucet"].map((itemId) =>
    Object.assign(document.createElement("talk-card"), {
      program: programFrom(after),
      previousProgram: before,
      itemId,
      locale: "en-GB",
    }),
  );
  document.body.append(...cards);
  await expect.poll(() => cards.map((card) => card.shadowRoot!.querySelector(".change-badge"))).not.toContain(null);
  return cards.map((card: TalkCardElement) => card.shadowRoot!);
}

/** The same two talks, favourites, in `<changes-since-visit>` on the visit after the previous version's. */
async function renderChangesSinceVisit(): Promise<ShadowRoot> {
  const { before, after } = deltaVersions();
  localStorage.setItem(favouritesKey(programFrom(before)), JSON.stringify(["talk-chen", "talk-doucet"]));
  let element: ChangesSinceVisitElement | undefined;
  for (const version of [before, after]) {
    document.body.querySelector("changes-since-visit")?.remove();
    element = Object.assign(document.createElement("changes-since-visit"), {
      program: programFrom(version),
      locale: "en-GB",
    });
    document.body.append(element);
    await element.updateComplete;
  }
  await expect.poll(() => element!.shadowRoot!.querySelectorAll(".change-badge").length).toBe(2);
  return element!.shadowRoot!;
}

const styleOf = (root: ShadowRoot, selector: string) => getComputedStyle(root.querySelector(selector)!);
const pill = ["display", "font-size", "font-weight", "padding", "border", "border-radius"] as const;
const pillOf = (root: ShadowRoot, selector: string) => {
  const style = styleOf(root, selector);
  return Object.fromEntries(pill.map((property) => [property, style.getPropertyValue(property)]));
};

beforeEach(() => {
  localStorage.clear();
  for (const [token, value] of Object.entries(tokens)) document.documentElement.style.setProperty(token, value);
});

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.removeAttribute("style");
  localStorage.clear();
});

describe("change badges: one look on a card and in <changes-since-visit>", () => {
  it.each([
    ["<talk-card>", async () => renderCards()],
    ["<changes-since-visit>", async () => [await renderChangesSinceVisit()]],
  ])("in %s: worded badges in a wrapping row, a cancelled one in the danger colour", async (_name, render) => {
    const roots = await render();
    const moved = roots.find((root) => root.querySelector(".change-moved"))!;
    const cancelled = roots.find((root) => root.querySelector(".change-cancelled"))!;
    const row = styleOf(moved, ".change");
    expect([row.display, row.flexWrap, row.alignItems, row.rowGap, row.columnGap]).toEqual([
      "flex",
      "wrap",
      "baseline",
      "3.2px",
      "6.4px",
    ]);
    expect(styleOf(moved, ".change-moved").color).toBe(tokens["--program-color-text"]);
    expect(styleOf(moved, ".change-moved").borderTopColor).toBe(tokens["--program-color-text"]);
    expect(styleOf(cancelled, ".change-cancelled").color).toBe(tokens["--program-color-danger"]);
    const was = styleOf(moved, ".change .was");
    expect(was.color).toBe(tokens["--program-color-muted"]);
    expect(parseFloat(was.fontSize)).toBeCloseTo(parseFloat(row.fontSize) * 0.9, 1);
  });

  it("draws the same pill in both, each placed by its element (no margin on a card)", async () => {
    const [card] = await renderCards();
    const list = await renderChangesSinceVisit();
    expect(pillOf(card!, ".change-moved")).toEqual(pillOf(list, ".change-moved"));
    expect(styleOf(card!, ".change").marginTop).toBe("0px");
    expect(styleOf(list, ".change").marginTop).toBe("2.4px");
  });
});
