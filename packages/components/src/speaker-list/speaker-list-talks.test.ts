import { afterEach, describe, expect, it } from "vitest";
import { deltaProgram } from "../testing/fixtures.js";
import { all, cardOf, cardText, clean, renderList } from "./speaker-list-test-kit.js";

afterEach(() => {
  document.body.replaceChildren();
});

describe("<speaker-list> talks", () => {
  it("links every talk to #talk-<item id>", async () => {
    const list = await renderList({}, deltaProgram);
    const links = all(list, ".talks a").map((link) => link.getAttribute("href"));
    expect(links).toEqual([
      "#talk-opening",
      "#talk-talk-vidal",
      "#talk-talk-chen",
      "#talk-talk-chandramoorthy",
      "#talk-talk-nitanda",
      "#talk-talk-kadkhodaie",
      "#talk-talk-doucet",
      "#talk-talk-chemseddine",
      "#talk-closing",
    ]);
    expect(clean(cardOf(list, "René Vidal").querySelector(".talks a")?.textContent)).toBe(
      "How Geometry Shapes Optimization in Deep Generative Models",
    );
  });

  it("gives each talk its date and time in the event's zone", async () => {
    const list = await renderList({}, deltaProgram);
    const talk = cardOf(list, "René Vidal").querySelector(".talks li")!;
    expect(cardText(talk, ".talk-meta")).toBe("Mon 27 Apr, 09:10–09:40 Brasília Time (GMT−3)");
    expect(talk.querySelector("time")?.getAttribute("datetime")).toBe("2026-04-27T09:10:00-03:00");
  });

  it("adds the visitor's time when their zone differs", async () => {
    const list = await renderList({ viewerZone: "Asia/Tokyo" }, deltaProgram);
    const talk = cardOf(list, "Mingyuan Bai").querySelector(".talks li")!;
    expect(cardText(talk, ".viewer-time")).toBe("(04:50–05:00 GMT+9, your time, next day: Tue 28 Apr)");
  });

  it("writes the times again when the viewer zone or the page's lang changes", async () => {
    const wrapper = document.createElement("div");
    wrapper.lang = "en-GB";
    document.body.append(wrapper);
    const list = document.createElement("speaker-list");
    Object.assign(list, { program: deltaProgram, viewerZone: "America/Sao_Paulo" });
    wrapper.append(list);
    await list.updateComplete;
    const talk = () => cardOf(list, "Mingyuan Bai").querySelector(".talks li")!;
    expect(talk().querySelector(".viewer-time")).toBeNull();
    list.viewerZone = "Asia/Tokyo";
    await list.updateComplete;
    expect(cardText(talk(), ".viewer-time")).toBe("(04:50–05:00 GMT+9, your time, next day: Tue 28 Apr)");
    wrapper.lang = "de";
    list.requestUpdate();
    await list.updateComplete;
    expect(cardText(talk(), ".event-time")).toMatch(/^Mo\., 27\. Apr\./);
  });
});
