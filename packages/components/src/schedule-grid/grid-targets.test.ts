import { describe, expect, it } from "vitest";
import { findTargetElement, gridTargets, sessionTargetKey, targetKeyOf } from "./grid-targets.js";
import type { GridPlacement } from "./grid-layout.js";
import type { SessionBlock } from "./session-blocks.js";

describe("gridTargets", () => {
  it("lists item cells by id, then session cells by a key no id can take", () => {
    const placement = { entry: { id: "talk" }, rowStart: 2, rowEnd: 3, columnStart: 2, columnEnd: 3 } as GridPlacement;
    const block = { session: { id: "posters" }, rowStart: 2, rowEnd: 4, columnStart: 3, columnEnd: 4 } as SessionBlock;
    expect(gridTargets([placement], [block], [1])).toEqual([
      { key: "talk", rowStart: 2, rowEnd: 3, columnStart: 2, columnEnd: 3 },
      { key: "session posters 1", rowStart: 2, rowEnd: 4, columnStart: 3, columnEnd: 4 },
    ]);
    expect(sessionTargetKey("posters", 0)).toContain(" ");
  });
});

describe("targetKeyOf", () => {
  it("answers the session's key inside a session cell, the item's id in an item cell", () => {
    const host = document.createElement("div");
    host.innerHTML = `<div class="session-cell" data-nav-key="session s 0"><ol><li data-item-id="p1"><a class="open" href="#">P</a></li></ol></div><div data-item-id="t"><a class="open" href="#">T</a></div>`;
    const [inner, talk] = host.querySelectorAll("a");
    expect([targetKeyOf(inner!), targetKeyOf(talk!), targetKeyOf(host)]).toEqual(["session s 0", "t", undefined]);
  });
});

describe("findTargetElement", () => {
  it("focuses a session cell's button, else its first item's link, and an item cell's link", () => {
    const host = document.createElement("div");
    host.innerHTML = [
      `<div class="session-cell" data-nav-key="session a 0"><span>A</span><button>+2 more</button><ol><li><a class="open" href="#">A1</a></li></ol></div>`,
      `<div class="session-cell" data-nav-key="session b 0"><ol><li><a class="open" href="#">B1</a></li><li><a class="open" href="#">B2</a></li></ol></div>`,
      `<div data-item-id="t"><a class="open" href="#">T</a></div>`,
    ].join("");
    const text = (key: string) => findTargetElement(host, key)?.textContent;
    expect([text("session a 0"), text("session b 0"), text("t"), text("nowhere")]).toEqual([
      "+2 more",
      "B1",
      "T",
      undefined,
    ]);
  });
});
