import { parseProgram } from "@lectern/core";
import { afterEach, describe, expect, it } from "vitest";
import { deltaProgram, programData, programFrom, sigmetricsProgram } from "../testing/fixtures.js";
import { cardOf, cardText, renderList } from "./speaker-list-test-kit.js";

afterEach(() => {
  document.body.replaceChildren();
});

describe("<speaker-list> safety and layout", () => {
  it("renders an XSS payload in a name, affiliation and biography as inert text", async () => {
    const payload = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>`;
    const data = programData(sigmetricsProgram);
    const sitan = data.people.find((person: any) => person.id === "sitan-chen");
    Object.assign(sitan, { name: payload, affiliations: [payload], biography: `${payload}\n\n${payload}` });
    const list = await renderList({}, programFrom(data));
    const card = cardOf(list, payload);
    card.querySelector<HTMLButtonElement>("button.toggle")!.click();
    await list.updateComplete;
    expect(cardText(card, ".affiliation")).toBe(payload);
    expect(cardText(card, ".biography p")).toBe(payload);
    expect(list.shadowRoot!.querySelector("img, script")).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it.each([
    ["photo", "javascript:alert(1)"],
    ["homepage", "javascript:alert(1)"],
    ["homepage", "JaVaScRiPt:alert(1)"],
    ["photo", "data:image/svg+xml,<svg onload=alert(1)>"],
  ])("never receives a %s of %j: the model rejects the program", (field, url) => {
    const data = programData(sigmetricsProgram);
    data.people.find((person: any) => person.id === "sitan-chen")[field] = url;
    const result = parseProgram(data);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((error) => error.path)).toContain(`people[3].${field}`);
  });

  it("lays the cards out in columns when wide and in one column when narrow", async () => {
    const list = await renderList({}, deltaProgram);
    const grid = list.shadowRoot!.querySelector(".people")!;
    list.style.width = "60rem";
    expect(getComputedStyle(grid).gridTemplateColumns.split(" ").length).toBeGreaterThan(1);
    list.style.width = "20rem";
    expect(getComputedStyle(grid).gridTemplateColumns.split(" ")).toHaveLength(1);
  });

  it("keeps the page's CSS out and its own in", async () => {
    const style = document.createElement("style");
    style.textContent =
      "* { color: rgb(255, 0, 0) !important; font-size: 40px !important; } article, ul { display: none !important; } button { display: none !important; }";
    document.head.append(style);
    try {
      const list = await renderList();
      expect(getComputedStyle(list.shadowRoot!.querySelector(".people")!).display).toBe("grid");
      expect(getComputedStyle(list.shadowRoot!.querySelector("article")!).display).toBe("grid");
      expect(getComputedStyle(list.shadowRoot!.querySelector("button")!).display).not.toBe("none");
      expect(getComputedStyle(list.shadowRoot!.querySelector(".name")!).color).not.toBe("rgb(255, 0, 0)");
      const outside = document.createElement("ul");
      document.body.append(outside);
      expect(getComputedStyle(outside).display).toBe("none");
    } finally {
      style.remove();
    }
  });
});
