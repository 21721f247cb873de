import { afterEach, describe, expect, it } from "vitest";
import { deltaProgram, programData, programFrom } from "../testing/fixtures.js";
import { all, cardOf, cardText, clean, renderList, texts } from "./speaker-list-test-kit.js";

afterEach(() => {
  document.body.replaceChildren();
});

describe("<speaker-list> who is listed", () => {
  it("lists the SIGMETRICS invited speakers in their order, then Lei Ying", async () => {
    const list = await renderList();
    expect(texts(list, ".name")).toEqual([
      "Sitan Chen",
      "Yingbin Liang",
      "Qing Qu",
      "Name to be announced",
      "Lei Ying",
    ]);
    expect(list.shadowRoot!.querySelector(".people")?.getAttribute("aria-label")).toBe("Speakers");
  });

  it("shows the unnamed UIUC speaker with a neutral placeholder and their talk to be announced", async () => {
    const list = await renderList();
    const card = cardOf(list, "Name to be announced");
    expect(cardText(card, ".affiliation")).toBe("University of Illinois Urbana-Champaign");
    expect(card.querySelector(".avatar.placeholder svg")).not.toBeNull();
    expect(card.querySelector(".initials")).toBeNull();
    expect(cardText(card, ".talks")).toBe("Talk to be announced");
    expect(card.textContent).toContain("Biography to be announced");
    expect(list.shadowRoot!.textContent).not.toMatch(/\bTBA\b/);
  });

  it("shows Lei Ying's talk with its title to be announced, linked to the item", async () => {
    const list = await renderList();
    const link = cardOf(list, "Lei Ying").querySelector<HTMLAnchorElement>(".talks a")!;
    expect([clean(link.textContent), link.getAttribute("href")]).toEqual(["Title to be announced", "#talk-talk-ying"]);
  });

  it("lists the organisers with their affiliations and roles", async () => {
    const list = await renderList({ people: "organisers" });
    const rows = all(list, "article").map((card) => [
      cardText(card, ".name"),
      cardText(card, ".affiliation"),
      cardText(card, ".role"),
    ]);
    expect(rows).toEqual([
      ["Yuxin Chen", "UPenn", "Organizer"],
      ["Laixi Shi", "JHU", "Organizer"],
      ["Yingying Li", "UIUC", "Organizer"],
    ]);
    expect(list.shadowRoot!.querySelector(".people")?.getAttribute("aria-label")).toBe("Organisers");
  });

  it("lists everyone in program order with people='all'", async () => {
    const list = await renderList({ people: "all" }, deltaProgram);
    expect(all(list, "article")).toHaveLength(deltaProgram.people!.length);
    expect(texts(list, ".name").slice(0, 3)).toEqual(["Kenji Fukumizu", "René Vidal", "Sitan Chen"]);
  });

  it("falls back to speakers for an unknown people value", async () => {
    const list = await renderList();
    list.setAttribute("people", "everyone");
    await list.updateComplete;
    expect(texts(list, ".name")[0]).toBe("Sitan Chen");
  });

  it("includes every DeLTa invited speaker and no author who does not present", async () => {
    const list = await renderList({}, deltaProgram);
    const names = texts(list, ".name");
    const invited = deltaProgram.items
      .filter((item) => item.kind === "invited-talk")
      .flatMap((item) => item.speakers ?? [])
      .map((id) => deltaProgram.people!.find((person) => person.id === id)!.name);
    expect(invited).toHaveLength(7);
    expect(names).toEqual(expect.arrayContaining(invited));
    expect(names).not.toContain("Metod Jazbec");
    expect(names).not.toContain("Marco Cuturi");
  });

  it("includes an author once they are marked presenting", async () => {
    const data = programData(deltaProgram);
    data.items.find((item: any) => item.id === "oral-unmasking-policies").authors[0].presenting = true;
    const list = await renderList({}, programFrom(data));
    const card = cardOf(list, "Metod Jazbec");
    expect(card).toBeDefined();
    expect(card.querySelector(".talks a")?.getAttribute("href")).toBe("#talk-oral-unmasking-policies");
    expect(texts(list, ".name")).not.toContain("Theo X. Olausson");
  });

  it("says so when the program lists no one", async () => {
    const list = await renderList({ people: "organisers" }, deltaProgram);
    expect(clean(list.shadowRoot!.querySelector("[part=empty]")?.textContent)).toBe("No one is listed yet.");
  });
});
